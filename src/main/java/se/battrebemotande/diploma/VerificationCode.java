package se.battrebemotande.diploma;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The code printed on a diploma: 14 random symbols (70 bits, so codes cannot be guessed) and one
 * check symbol, in Crockford's base 32 and grouped for reading aloud, such as
 * {@code 7KQ2M-9XAT3-RDF0C}. The alphabet leaves out I, L, O and U; when a code is typed, O, I and
 * L are read as 0, 1 and 1, and case, spaces and hyphens do not matter. The check symbol (the
 * value of the code modulo 37, which catches any single mistyped symbol and any swap of two
 * neighbours) is kept within the alphabet by drawing again the 5 in 37 codes whose check would
 * fall outside it.
 */
public final class VerificationCode {
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int RANDOM_SYMBOLS = 14;
    private static final int CHECK_MODULUS = 37;
    private static final RandomGenerator RANDOM = new SecureRandom();

    public enum Problem {
        MALFORMED,
        MISTYPED
    }

    private VerificationCode() {}

    public static String generate() {
        return generate(RANDOM);
    }

    static String generate(RandomGenerator random) {
        while (true) {
            StringBuilder symbols = new StringBuilder(RANDOM_SYMBOLS + 1);
            for (int i = 0; i < RANDOM_SYMBOLS; i++) {
                symbols.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            int check = checkValue(symbols);
            if (check < ALPHABET.length()) {
                symbols.append(ALPHABET.charAt(check));
                return group(symbols.toString());
            }
        }
    }

    /**
     * The canonical form of a typed code, or the problem with it. A typed code is accepted with
     * any case, spaces or hyphens, and with O, I and L for 0, 1 and 1.
     */
    public static Parsed parse(String typed) {
        if (typed == null) {
            return new Parsed(null, Problem.MALFORMED);
        }
        StringBuilder symbols = new StringBuilder();
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            char symbol = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (symbol == '-' || Character.isWhitespace(symbol)) {
                continue;
            }
            if (ALPHABET.indexOf(symbol) < 0) {
                return new Parsed(null, Problem.MALFORMED);
            }
            symbols.append(symbol);
        }
        if (symbols.length() != RANDOM_SYMBOLS + 1) {
            return new Parsed(null, Problem.MALFORMED);
        }
        CharSequence body = symbols.subSequence(0, RANDOM_SYMBOLS);
        if (checkValue(body) != ALPHABET.indexOf(symbols.charAt(RANDOM_SYMBOLS))) {
            return new Parsed(null, Problem.MISTYPED);
        }
        return new Parsed(group(symbols.toString()), null);
    }

    /** A typed code: the canonical code when it is well formed, else what is wrong with it. */
    public record Parsed(String code, Problem problem) {
        public Optional<String> valid() {
            return Optional.ofNullable(code);
        }
    }

    static int checkValue(CharSequence symbols) {
        int value = 0;
        for (int i = 0; i < symbols.length(); i++) {
            value = (value * ALPHABET.length() + ALPHABET.indexOf(symbols.charAt(i))) % CHECK_MODULUS;
        }
        return value;
    }

    private static String group(String symbols) {
        return symbols.substring(0, 5) + "-" + symbols.substring(5, 10) + "-" + symbols.substring(10);
    }
}
