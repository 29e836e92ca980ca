package se.battrebemotande.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Addresses with parameters in their path ({@code /course/{part}/{step}}, its {@code /test}, and
 * {@code /verify/{code}}) are forwarded to their views, which read the parameters as view
 * parameters. The views live under WEB-INF, so they have no address of their own.
 */

public class Routes extends HttpFilter {
    private static final long serialVersionUID = 1L;

    private record Route(Pattern pattern, String view, String... parameters) {}

    private static final String SLUG = "([a-z0-9]+(?:-[a-z0-9]+)*)";
    private static final List<Route> ROUTES = List.of(
            new Route(Pattern.compile("^/course/" + SLUG + "/" + SLUG + "$"), "/WEB-INF/views/course/step.xhtml",
                    "part", "step"),
            new Route(Pattern.compile("^/course/" + SLUG + "/" + SLUG + "/test$"), "/WEB-INF/views/course/test.xhtml",
                    "part", "step"),
            new Route(Pattern.compile("^/verify/([A-Za-z0-9-]{1,40})$"), "/WEB-INF/views/verify/code.xhtml", "code"));

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (Route route : ROUTES) {
            Matcher m = route.pattern().matcher(path);
            if (m.matches()) {
                StringBuilder target = new StringBuilder(route.view());
                for (int i = 0; i < route.parameters().length; i++) {
                    target.append(i == 0 ? '?' : '&').append(route.parameters()[i]).append('=').append(m.group(i + 1));
                }
                request.getRequestDispatcher(target.toString()).forward(request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
