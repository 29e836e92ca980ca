package se.battrebemotande.admin;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import se.battrebemotande.account.Accounts;

/**
 * The administration pages ask the database, on every request, whether the signed-in person is
 * an administrator now: the security group given at sign-in lets them this far (web.xml), but an
 * administrator whose role was taken away loses the pages at once, not at their next sign-in.
 */
public class AdministrationAccessFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Inject
    transient Accounts accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal principal = request.getUserPrincipal();
        if (principal == null || !isAdmin(principal)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean isAdmin(Principal principal) {
        try {
            return accounts.isAdmin(Long.parseLong(principal.getName()));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
