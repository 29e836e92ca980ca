package se.battrebemotande.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.IOException;

/**
 * Ends sessions by {@link SessionLimits}: every new session gets the idle timeout, and a request in a
 * session older than the absolute lifetime ends it, even if the learner has been active all along;
 * a signed-in learner is then sent to the login page, which says why ({@code ?sessionEnded=true}).
 * The session's age counts from when it began (at the latest the first page before login; the id
 * changes at login, the session does not), on the server's real clock, as the idle timeout does, not
 * on the services' clock that tests move.
 */
public class SessionLifetime extends HttpFilter {
    private static final long serialVersionUID = 1L;
    /** Session attribute: when the session began, in epoch milliseconds (a Long). */
    public static final String STARTED = "se.battrebemotande.sessionStarted";

    /** Gives every new session the configured idle timeout (web.xml's is only the fallback) and its start. */
    @WebListener
    public static class IdleTimeout implements HttpSessionListener {
        @Override
        public void sessionCreated(HttpSessionEvent event) {
            HttpSession session = event.getSession();
            session.setMaxInactiveInterval(SessionLimits.configured().idleSeconds());
            session.setAttribute(STARTED, session.getCreationTime());
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && outlived(session)) {
            boolean signedIn = request.getUserPrincipal() != null;
            if (signedIn) {
                request.logout();
            }
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyGone) {
                // Ended by another request at the same moment.
            }
            if (signedIn) {
                if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                    response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                } else {
                    response.sendRedirect(request.getContextPath() + "/login?sessionEnded=true");
                }
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean outlived(HttpSession session) {
        try {
            long started = session.getAttribute(STARTED) instanceof Long millis ? millis : session.getCreationTime();
            return SessionLimits.configured().outlived(started, System.currentTimeMillis());
        } catch (IllegalStateException invalidated) {
            return false;
        }
    }
}
