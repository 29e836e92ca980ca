package se.battrebemotande.organisation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MembershipTest {
    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    @Test
    void anInvitationWorksUntilItExpiresAndIsUsedUpByJoining() {
        Membership m = Membership.enrolled(1, "a@x.se", "A", Locale.ENGLISH, NOW);
        assertFalse(m.isInvitationValid(NOW), "not invited yet");
        m.invite("hash", NOW, NOW.plus(Duration.ofDays(14)), 7);
        assertTrue(m.isInvitationValid(NOW.plus(Duration.ofDays(13))));
        assertFalse(m.isInvitationValid(NOW.plus(Duration.ofDays(14))));
        m.join(42, NOW.plus(Duration.ofDays(1)));
        assertTrue(m.isJoined());
        assertFalse(m.isInvitationValid(NOW.plus(Duration.ofDays(2))), "a used invitation does not work again");
        assertThrows(IllegalStateException.class, () -> m.invite("again", NOW, NOW.plus(Duration.ofDays(1)), 8));
    }

    @Test
    void aMemberIsRemindedAtMostOnceAWeek() {
        Membership m = Membership.joined(1, 42, "a@x.se", Locale.ENGLISH, NOW);
        assertTrue(m.mayBeReminded(NOW));
        m.reminded(NOW);
        assertFalse(m.mayBeReminded(NOW.plus(Duration.ofDays(6).plusHours(23))));
        assertTrue(m.mayBeReminded(NOW.plus(Duration.ofDays(7))));
    }

    @Test
    void onlySomeoneWhoHasJoinedCanAdminister() {
        Membership invited = Membership.enrolled(1, "a@x.se", null, Locale.ENGLISH, NOW);
        assertThrows(IllegalStateException.class, invited::makeAdmin);
        Membership joined = Membership.joined(1, 42, "a@x.se", Locale.ENGLISH, NOW);
        joined.makeAdmin();
        assertTrue(joined.isAdmin());
    }
}
