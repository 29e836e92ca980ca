package se.battrebemotande.diploma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerificationCodeTest {

    @Test
    void codesHaveThreeGroupsOfFiveFromTheAlphabet() {
        for (int i = 0; i < 1000; i++) {
            String code = VerificationCode.generate();
            assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}"), code);
            assertEquals(code, VerificationCode.parse(code).code());
        }
    }

    @Test
    void codesAreUnique() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            assertTrue(seen.add(VerificationCode.generate()));
        }
    }

    @Test
    void typedCodesAreReadForgivingly() {
        String code = VerificationCode.generate(new Random(42));
        String sloppy = " " + code.toLowerCase().replace("-", " ") + " ";
        assertEquals(code, VerificationCode.parse(sloppy).code());
        String withO = code.replace('0', 'O').replace('1', 'I');
        assertEquals(code, VerificationCode.parse(withO).code());
    }

    @Test
    void everySingleMistypedSymbolIsCaught() {
        String code = VerificationCode.generate(new Random(7)).replace("-", "");
        for (int position = 0; position < code.length(); position++) {
            for (char c : VerificationCode.ALPHABET.toCharArray()) {
                if (c == code.charAt(position)) {
                    continue;
                }
                String typo = code.substring(0, position) + c + code.substring(position + 1);
                assertEquals(
                        VerificationCode.Problem.MISTYPED,
                        VerificationCode.parse(typo).problem(),
                        typo);
            }
        }
    }

    @Test
    void swappedNeighboursAreCaught() {
        String code = VerificationCode.generate(new Random(11)).replace("-", "");
        for (int i = 0; i + 1 < code.length(); i++) {
            if (code.charAt(i) == code.charAt(i + 1)) {
                continue;
            }
            String swapped = code.substring(0, i) + code.charAt(i + 1) + code.charAt(i) + code.substring(i + 2);
            assertEquals(
                    VerificationCode.Problem.MISTYPED,
                    VerificationCode.parse(swapped).problem(),
                    swapped);
        }
    }

    @Test
    void somethingElseEntirelyIsMalformed() {
        for (String typed :
                new String[] {null, "", "abc", "7KQ2M-9XAT3-RDF0", "7KQ2M-9XAT3-RDF0CC", "<script>", "ÅÄÖ"}) {
            assertEquals(
                    VerificationCode.Problem.MALFORMED,
                    VerificationCode.parse(typed).problem(),
                    typed);
        }
    }
}
