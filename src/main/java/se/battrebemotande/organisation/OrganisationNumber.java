package se.battrebemotande.organisation;

import java.util.Optional;

/**
 * A Swedish organisationsnummer: ten digits whose last is a Luhn check digit, written
 * {@code 802000-1234}. Accepts the common ways people type it (with or without the hyphen, with
 * spaces, with the century prefix {@code 16}). An organisation's third digit is 2 or more; a number
 * whose third and fourth digits form a month is a personal identity number (a sole trader's), which
 * this site does not ask for.
 */
public record OrganisationNumber(String digits) {
    public enum Problem {
        /** Not ten digits (or twelve beginning with 16). */
        MALFORMED,
        /** The check digit does not match: probably a typing mistake. */
        CHECK_DIGIT,
        /** A personal identity number rather than an organisation's. */
        PERSONAL
    }

    public record Parsed(Optional<OrganisationNumber> number, Problem problem) {}

    public static Parsed parse(String typed) {
        String digits = typed == null ? "" : typed.replaceAll("[\\s-]", "");
        if (digits.length() == 12 && digits.startsWith("16")) {
            digits = digits.substring(2);
        }
        if (!digits.matches("[0-9]{10}")) {
            return new Parsed(Optional.empty(), Problem.MALFORMED);
        }
        if (!luhnValid(digits)) {
            return new Parsed(Optional.empty(), Problem.CHECK_DIGIT);
        }
        int month = Integer.parseInt(digits.substring(2, 4));
        if (month >= 1 && month <= 12) {
            return new Parsed(Optional.empty(), Problem.PERSONAL);
        }
        if (month < 20) {
            return new Parsed(Optional.empty(), Problem.MALFORMED);
        }
        return new Parsed(Optional.of(new OrganisationNumber(digits)), null);
    }

    /** The Luhn (mod 10) check over all ten digits. */
    static boolean luhnValid(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    /** As it is usually written: {@code 802000-1234}. */
    @Override
    public String toString() {
        return digits.substring(0, 6) + "-" + digits.substring(6);
    }
}
