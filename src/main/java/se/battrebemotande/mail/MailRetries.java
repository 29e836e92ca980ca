package se.battrebemotande.mail;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * Every half minute, on every server: sends mail that is due again after a failed attempt (and any
 * that a stopped server had claimed). Claims in the database keep two servers from sending one mail.
 */
@Singleton
@Startup
public class MailRetries {
    @Inject
    MailDispatcher dispatcher;

    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
    void sendWhatIsDue() {
        dispatcher.kick();
    }
}
