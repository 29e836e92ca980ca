package se.battrebemotande.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OrganisationNumberTest {

    @Test
    void realOrganisationNumbersAreAcceptedHoweverTheyAreTyped() {
        // Numbers with valid check digits, typed with and without hyphen, spaces and century prefix
        for (String typed : new String[] {"202100-2817", "2021002817", " 212000-2627 ", "16212000-2627"}) {
            OrganisationNumber.Parsed parsed = OrganisationNumber.parse(typed);
            assertTrue(parsed.number().isPresent(), typed + ": " + parsed.problem());
        }
        assertEquals(
                "212000-2627",
                OrganisationNumber.parse("2120002627").number().orElseThrow().toString());
    }

    @Test
    void aMistypedDigitIsCaughtByTheCheckDigit() {
        assertEquals(
                OrganisationNumber.Problem.CHECK_DIGIT,
                OrganisationNumber.parse("212000-2628").problem());
        assertEquals(
                OrganisationNumber.Problem.CHECK_DIGIT,
                OrganisationNumber.parse("212000-2672").problem());
    }

    @Test
    void somethingThatIsNotTenDigitsIsMalformed() {
        assertEquals(
                OrganisationNumber.Problem.MALFORMED,
                OrganisationNumber.parse("21200-2627").problem());
        assertEquals(
                OrganisationNumber.Problem.MALFORMED,
                OrganisationNumber.parse("abc").problem());
        assertEquals(
                OrganisationNumber.Problem.MALFORMED,
                OrganisationNumber.parse("").problem());
        assertEquals(
                OrganisationNumber.Problem.MALFORMED,
                OrganisationNumber.parse(null).problem());
    }

    @Test
    void aPersonalIdentityNumberIsNotTakenForAnOrganisations() {
        // 811218-9876 is Skatteverket's test person: a valid Luhn digit, but a month in digits 3–4.
        assertEquals(
                OrganisationNumber.Problem.PERSONAL,
                OrganisationNumber.parse("811218-9876").problem());
    }

    @Test
    void luhnChecksEveryDigit() {
        assertTrue(OrganisationNumber.luhnValid("2120002627"));
        assertFalse(OrganisationNumber.luhnValid("2120002626"));
        assertFalse(OrganisationNumber.luhnValid("1220002627"), "swapped neighbours");
    }
}
