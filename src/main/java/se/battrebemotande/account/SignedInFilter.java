package se.battrebemotande.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The login and registration pages send someone who is already signed in to their course. */
public class SignedInFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("GET".equals(request.getMethod()) && request.getUserPrincipal() != null) {
            response.sendRedirect(request.getContextPath() + "/course");
            return;
        }
        chain.doFilter(request, response);
    }
}
