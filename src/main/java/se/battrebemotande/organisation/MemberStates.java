package se.battrebemotande.organisation;

import java.time.Instant;
import java.util.function.Function;
import se.battrebemotande.mail.MailStatus;

/** How a member's standing reads on the list and in exports: the state, and for invitations how delivery went. */
public final class MemberStates {
    private MemberStates() {}

    /** The bundle key of the row's standing, e.g. {@code memberState.INVITED} or {@code memberState.EXPIRED}. */
    public static String key(MemberRow row, Instant now) {
        if (row.state() == MemberState.INVITED) {
            if (row.invitationMail() == MailStatus.FAILED) {
                return "memberState.UNDELIVERED";
            }
            if (row.invitationMail() == MailStatus.PENDING && row.invitationAttempts() > 0) {
                return "memberState.RETRYING";
            }
            if (row.isInvitationExpired(now)) {
                return "memberState.EXPIRED";
            }
        }
        return "memberState." + row.state().name();
    }

    static String label(MemberRow row, Instant now, Function<String, String> text) {
        return text.apply(key(row, now));
    }
}
