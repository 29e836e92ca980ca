package se.battrebemotande.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Addresses with parameters in their path ({@code /course/{part}/{step}}, its {@code /test}, and
 * {@code /verify/{code}}) are forwarded to their views, which read the path's parts as request
 * parameters (view parameters). The views live under WEB-INF, so they have no address of their
 * own, and a form on them posts back to the address the learner sees.
 */
public class Routes extends HttpFilter {
    private static final long serialVersionUID = 1L;

    private record Route(Pattern pattern, String view, String... parameters) {}

    private static final String SLUG = "([a-z0-9]+(?:-[a-z0-9]+)*)";
    private static final List<Route> ROUTES = List.of(
            new Route(
                    Pattern.compile("^/course/" + SLUG + "/" + SLUG + "$"),
                    "/WEB-INF/views/course/step.xhtml",
                    "part",
                    "step"),
            new Route(
                    Pattern.compile("^/course/" + SLUG + "/" + SLUG + "/test$"),
                    "/WEB-INF/views/course/test.xhtml",
                    "part",
                    "step"),
            new Route(Pattern.compile("^/verify/([A-Za-z0-9-]{1,40})$"), "/WEB-INF/views/verify/code.xhtml", "code"));

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (Route route : ROUTES) {
            Matcher m = route.pattern().matcher(path);
            if (m.matches()) {
                Map<String, String[]> parameters = new HashMap<>(request.getParameterMap());
                for (int i = 0; i < route.parameters().length; i++) {
                    parameters.put(route.parameters()[i], new String[] {m.group(i + 1)});
                }
                request.getRequestDispatcher(route.view()).forward(new WithParameters(request, parameters), response);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The request with the path's parts added to its parameters. */
    private static final class WithParameters extends HttpServletRequestWrapper {
        private final Map<String, String[]> parameters;

        WithParameters(HttpServletRequest request, Map<String, String[]> parameters) {
            super(request);
            this.parameters = Collections.unmodifiableMap(parameters);
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }
    }
}
