package se.battrebemotande.organisation;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import se.battrebemotande.mail.MailStatus;

/**
 * What an organisation sees of one person on its list: name, address, standing and progress, never
 * answers or attempts. {@code completedByPart} counts completed steps per part id.
 */
public record MemberRow(
        long membershipId,
        Long accountId,
        String name,
        String email,
        MemberRole role,
        MemberState state,
        Instant invitedAt,
        Instant invitationExpiresAt,
        MailStatus invitationMail,
        int invitationAttempts,
        Instant joinedAt,
        Instant lastActivity,
        int completedSteps,
        Map<Long, Integer> completedByPart,
        Map<Long, Instant> certificates,
        Instant finishedAt,
        String diplomaCode)
        implements Serializable {

    public boolean isAdmin() {
        return role == MemberRole.ADMIN;
    }

    public boolean isInvitationExpired(Instant now) {
        return state == MemberState.INVITED && invitationExpiresAt != null && !now.isBefore(invitationExpiresAt);
    }

    public int completedIn(long partId) {
        return completedByPart.getOrDefault(partId, 0);
    }

    public Instant certificateOf(long partId) {
        return certificates.get(partId);
    }

    MemberRow withProgress(Map<Long, Integer> byPart, Map<Long, Instant> certificates) {
        return new MemberRow(
                membershipId,
                accountId,
                name,
                email,
                role,
                state,
                invitedAt,
                invitationExpiresAt,
                invitationMail,
                invitationAttempts,
                joinedAt,
                lastActivity,
                completedSteps,
                byPart,
                certificates,
                finishedAt,
                diplomaCode);
    }
}
