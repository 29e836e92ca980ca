package se.battrebemotande.account;

import java.time.Duration;

/** What a link sent by mail does, and how long it works. */
public enum LinkPurpose {
    /** Confirms the address an account registered with. */
    CONFIRM_EMAIL(Duration.ofDays(7)),
    /** Lets the owner of the address choose a new password. */
    RESET_PASSWORD(Duration.ofHours(1)),
    /** Moves the account to a new address, once the new address confirms it. */
    CHANGE_EMAIL(Duration.ofDays(2));

    private final Duration lifetime;

    LinkPurpose(Duration lifetime) {
        this.lifetime = lifetime;
    }

    public Duration lifetime() {
        return lifetime;
    }
}
