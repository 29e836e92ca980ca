package se.battrebemotande.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import se.battrebemotande.account.Account;

class NameOnPaperTest {
    @Test
    void namesInTheDiplomaFontsScriptsCanBePrinted() {
        assertTrue(NameOnPaper.Check.printable("Åsa Öberg-Ñúñez"));
        assertTrue(NameOnPaper.Check.printable("Ἀλέξανδρος Ковалёв"));
        assertTrue(NameOnPaper.Check.printable("A\u030asa"), "decomposed letters are composed first");
    }

    @Test
    void lettersTheFontLacksWouldGoMissingAndAreRefused() {
        assertFalse(NameOnPaper.Check.printable("محمد"));
        assertFalse(NameOnPaper.Check.printable("Kim 🎓"));
    }

    @Test
    void namesRefuseInvisibleAndUnassignedCharactersAndAreComposed() {
        assertFalse("RTL\u202eLTR".matches(Account.NAME_CHARACTERS), "a bidi override");
        assertFalse("\u200b\u200b".matches(Account.NAME_CHARACTERS), "zero-width spaces");
        assertFalse("Nul\u0000".matches(Account.NAME_CHARACTERS));
        assertFalse("x\uE000".matches(Account.NAME_CHARACTERS), "private use");
        assertTrue("Åsa Öberg".matches(Account.NAME_CHARACTERS));
        assertEquals("Åsa Öberg", Account.normalizeName(" A\u030asa   Öberg "));
    }
}
