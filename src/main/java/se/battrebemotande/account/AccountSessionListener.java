package se.battrebemotande.account;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/** Forgets a session in {@link AccountSessions} when it ends, however it ends. */
@WebListener
public class AccountSessionListener implements HttpSessionListener {
    @Inject
    AccountSessions sessions;

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.ended(event.getSession());
    }
}
