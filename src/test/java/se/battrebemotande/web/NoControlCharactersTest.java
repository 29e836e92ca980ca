package se.battrebemotande.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NoControlCharactersTest {

    @Test
    void nulAndOtherControlCharactersAreFound() {
        for (String text :
                new String[] {"a\u0000@example.se", "\u0001", "Ctl\u0007", "esc\u001b[31m", "del\u007f", "c1\u0085"}) {
            assertTrue(NoControlCharacters.hasControlCharacter(text), text);
        }
    }

    @Test
    void tabLineBreaksAndOrdinaryTextAreFine() {
        for (String text :
                new String[] {"", "Åsa Öberg", "rad ett\r\nrad två\n", "kolumn\tkolumn", "ett’två – «tre»"}) {
            assertFalse(NoControlCharacters.hasControlCharacter(text), text);
        }
    }
}
