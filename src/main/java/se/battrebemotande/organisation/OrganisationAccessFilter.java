package se.battrebemotande.organisation;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every address under {@code /org/{id}} (pages, their postbacks and ajax requests, exports, the QR
 * code, uploads) answers 404 to anyone who does not administer organisation {@code id}, before
 * anything else looks at the request. The services check again on every call.
 */
public class OrganisationAccessFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final Pattern ORGANISATION = Pattern.compile("^/org/([0-9]{1,18})(?:/.*)?$");

    @Inject
    transient Organisations organisations;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Matcher m = ORGANISATION.matcher(
                request.getRequestURI().substring(request.getContextPath().length()));
        if (m.matches()) {
            Principal principal = request.getUserPrincipal();
            if (principal == null || !organisations.administers(accountId(principal), Long.parseLong(m.group(1)))) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static long accountId(Principal principal) {
        try {
            return Long.parseLong(principal.getName());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
