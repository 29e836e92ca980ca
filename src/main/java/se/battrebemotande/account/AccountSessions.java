package se.battrebemotande.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sessions each account is signed in with on this server, so that a new password (or a deleted
 * account) signs the person out everywhere else: on a shared computer someone may still be in.
 */
@ApplicationScoped
public class AccountSessions {
    static final String ACCOUNT = AccountSessions.class.getName() + ".account";

    private final Map<Long, Map<String, HttpSession>> sessions = new ConcurrentHashMap<>();

    void signedIn(long accountId, HttpSession session) {
        session.setAttribute(ACCOUNT, accountId);
        sessions.computeIfAbsent(accountId, id -> new ConcurrentHashMap<>()).put(session.getId(), session);
    }

    void ended(HttpSession session) {
        Object account = session.getAttribute(ACCOUNT);
        if (account instanceof Long id) {
            sessions.computeIfPresent(id, (k, open) -> {
                open.values().removeIf(s -> s.getId().equals(session.getId()) || s == session);
                return open.isEmpty() ? null : open;
            });
        }
    }

    /** Ends every session of the account but {@code keep} (which may be null). */
    public void endOthers(long accountId, HttpSession keep) {
        Map<String, HttpSession> open = sessions.remove(accountId);
        if (open == null) {
            return;
        }
        for (HttpSession session : List.copyOf(open.values())) {
            if (keep != null && session == keep) {
                sessions.computeIfAbsent(accountId, id -> new ConcurrentHashMap<>())
                        .put(keep.getId(), keep);
                continue;
            }
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyEnded) {
                // ended meanwhile
            }
        }
    }
}
