package se.battrebemotande.diploma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DiplomaTest {
    static final Instant LATER = DiplomaPdfTest.DAY.plusSeconds(3600);

    private static DiplomaChangeRefusedException.Reason refusal(Runnable change) {
        return assertThrows(DiplomaChangeRefusedException.class, change::run).getReason();
    }

    @Test
    void revokingKeepsTheReasonAndTheDate() {
        Diploma d = DiplomaPdfTest.courseDiploma("Åsa Öberg");
        d.revoke(RevocationKind.ADMINISTRATOR, "  fusk upptäckt  ", LATER);
        assertEquals(DiplomaState.REVOKED, d.getState());
        assertEquals("fusk upptäckt", d.getRevocationReason());
        assertEquals(LATER, d.getRevokedAt());
        assertEquals(RevocationKind.ADMINISTRATOR, d.getRevocationKind());
    }

    @Test
    void revokingTwiceIsRefusedAndKeepsTheFirstRevocation() {
        Diploma d = DiplomaPdfTest.courseDiploma("Åsa Öberg");
        d.revoke(RevocationKind.ADMINISTRATOR, "first", LATER);
        assertEquals(
                DiplomaChangeRefusedException.Reason.REVOKED,
                refusal(() -> d.revoke(RevocationKind.ADMINISTRATOR, "second", LATER.plusSeconds(60))));
        assertEquals("first", d.getRevocationReason());
        assertEquals(LATER, d.getRevokedAt());
    }

    @Test
    void aRevocationNeedsAReason() {
        Diploma d = DiplomaPdfTest.courseDiploma("Åsa Öberg");
        assertEquals(
                DiplomaChangeRefusedException.Reason.NO_REASON,
                refusal(() -> d.revoke(RevocationKind.ADMINISTRATOR, " \n ", LATER)));
        assertEquals(DiplomaState.VALID, d.getState());
    }

    @Test
    void aReissueCopiesPartsAndDatesUnderTheCorrectedName() {
        Diploma d = DiplomaPdfTest.courseDiploma("Åsa Öberg");
        Diploma again = d.reissue("AAAAA-BBBBB-CCCCC", "  Åsa   Öberg-Ähman ", LATER);
        assertEquals("Åsa Öberg-Ähman", again.getHolderName());
        assertEquals("AAAAA-BBBBB-CCCCC", again.getCode());
        assertEquals(LATER, again.getIssuedAt());
        assertEquals(d.getKind(), again.getKind());
        assertEquals(d.getAccountId(), again.getAccountId());
        assertEquals(3, again.getParts().size());
        for (int i = 0; i < 3; i++) {
            assertNotSame(d.getParts().get(i), again.getParts().get(i));
            assertEquals(
                    d.getParts().get(i).getCompletedAt(),
                    again.getParts().get(i).getCompletedAt());
            assertEquals(d.getParts().get(i).getTitle(), again.getParts().get(i).getTitle());
        }
        assertEquals(DiplomaState.VALID, d.getState(), "the old one is marked only when the new one is stored");
    }

    @Test
    void aReissueNeedsANameThatDiffers() {
        Diploma d = DiplomaPdfTest.courseDiploma("Åsa Öberg");
        assertEquals(
                DiplomaChangeRefusedException.Reason.SAME_NAME,
                refusal(() -> d.reissue("AAAAA-BBBBB-CCCCC", " Åsa  Öberg ", LATER)));
        assertEquals(
                DiplomaChangeRefusedException.Reason.SAME_NAME,
                refusal(() -> d.reissue("AAAAA-BBBBB-CCCCC", "   ", LATER)));
    }

    @Test
    void aRevokedDocumentIsNotReissuedAndAReplacedOneNeitherRevokedNorReissued() throws Exception {
        Diploma revoked = DiplomaPdfTest.courseDiploma("Åsa Öberg");
        revoked.revoke(RevocationKind.ADMINISTRATOR, "reason", LATER);
        assertEquals(
                DiplomaChangeRefusedException.Reason.REVOKED,
                refusal(() -> revoked.reissue("AAAAA-BBBBB-CCCCC", "Åsa Ek", LATER)));

        Diploma old = DiplomaPdfTest.courseDiploma("Åsa Öberg");
        Diploma replacement = old.reissue("AAAAA-BBBBB-CCCCC", "Åsa Ek", LATER);
        Field id = Diploma.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(replacement, 77L);
        old.replacedBy(replacement, LATER);
        assertEquals(DiplomaState.REPLACED, old.getState());
        assertEquals(77L, old.getReplacedBy());
        assertEquals(RevocationKind.REPLACED, old.getRevocationKind());
        assertNull(old.getRevocationReason());
        assertEquals(
                DiplomaChangeRefusedException.Reason.REPLACED,
                refusal(() -> old.revoke(RevocationKind.ADMINISTRATOR, "reason", LATER)));
        assertEquals(
                DiplomaChangeRefusedException.Reason.REPLACED,
                refusal(() -> old.reissue("DDDDD-EEEEE-FFFFF", "Åsa Ekström", LATER)));
        assertEquals(DiplomaState.VALID, replacement.getState());
    }
}
