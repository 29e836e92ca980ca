package se.battrebemotande.it;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import se.battrebemotande.web.SessionLifetime;

/**
 * Test deployments only ({@code Deployments.war().addClasses(...)}, never the application):
 * {@code POST /test-support/session-age?age=PT13H} makes the caller's session look as if it began
 * that long ago, so a test sees the absolute session lifetime without waiting for it.
 */
@WebServlet("/test-support/session-age")
public class SessionAgeServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return;
        }
        Duration age = Duration.parse(request.getParameter("age"));
        session.setAttribute(SessionLifetime.STARTED, System.currentTimeMillis() - age.toMillis());
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
