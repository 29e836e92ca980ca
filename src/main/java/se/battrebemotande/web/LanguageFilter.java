package se.battrebemotande.web;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Handles the language switch: a GET with {@code ?lang=en} or {@code ?lang=sv} stores the choice
 * in a long-lived cookie and redirects to the same address without the parameter. A signed-in
 * learner's choice is also kept with their account, so it follows them to another device.
 */
public class LanguageFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    static final String CHOSEN = LanguageFilter.class.getName() + ".chosen";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Inject
    transient Event<LanguageChosen> chosenEvent;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String tag = request.getParameter(Language.PARAMETER);
        Locale chosen = tag == null ? null : Language.parse(tag);
        if (chosen != null && "GET".equals(request.getMethod())) {
            remember(response, chosen, request.isSecure());
            if (request.getUserPrincipal() != null) {
                chosenEvent.fire(new LanguageChosen(request.getUserPrincipal().getName(), chosen));
            }
            String query = withoutLanguage(request.getQueryString());
            response.sendRedirect(LocalPath.ofRequest(request.getRequestURI()) + (query.isEmpty() ? "" : "?" + query));
            return;
        }
        chain.doFilter(request, response);
    }

    /** Stores the language choice in the visitor's browser. */
    public static void remember(HttpServletResponse response, Locale locale, boolean secure) {
        Cookie cookie = new Cookie(Language.COOKIE, locale.getLanguage());
        cookie.setPath("/");
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    static String withoutLanguage(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        return Arrays.stream(query.split("&"))
                .filter(p -> !p.equals(Language.PARAMETER) && !p.startsWith(Language.PARAMETER + "="))
                .collect(Collectors.joining("&"));
    }
}
