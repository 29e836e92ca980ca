package se.battrebemotande.account;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Ends the learner's session and returns to the start page: only by a POST (the header's button, or
 * the button on the page {@code GET /logout} shows), so a link or a page on another site cannot log
 * anyone out (review L5).
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String CONFIRMATION_VIEW = "/WEB-INF/views/logout.xhtml";

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + "/?loggedOut=true");
    }

    /** Changes nothing: asks to confirm with the button, or goes to the start page if nobody is signed in. */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (request.getUserPrincipal() == null) {
            response.sendRedirect(request.getContextPath() + "/");
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        request.getRequestDispatcher(CONFIRMATION_VIEW).forward(request, response);
    }
}
