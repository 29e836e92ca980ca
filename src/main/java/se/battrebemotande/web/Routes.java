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
 * The one table of addresses whose views live under WEB-INF: addresses with parameters in their
 * path ({@code /course/{part}/{step}}, {@code /verify/{code}}, {@code /org/{id}/...},
 * {@code /join/{code}}, {@code /invitation/{token}}) and the organisation pages. Each is forwarded
 * to its view, which reads the path's parts as request parameters (view parameters). The views have
 * no address of their own, and a form on them posts back to the address the visitor sees.
 *
 * <p>Naming rule for pages: a page's view is {@code webapp/<address>.xhtml}, or
 * {@code WEB-INF/views/<address with the parameters left out>.xhtml} when routed here; its backing
 * bean is named after the page ({@code members.xhtml} → {@code MembersBacking}) and lives in the
 * feature that owns the page's actions.
 */
public class Routes extends HttpFilter {
    private static final long serialVersionUID = 1L;

    private record Route(Pattern pattern, String view, String... parameters) {
        Route(String regex, String view, String... parameters) {
            this(Pattern.compile("^" + regex + "$"), view, parameters);
        }
    }

    private static final String SLUG = "([a-z0-9]+(?:-[a-z0-9]+)*)";
    private static final String ID = "([1-9][0-9]{0,17})";
    private static final String TOKEN = "([A-Za-z0-9_-]{1,100})";
    private static final String ORG = "/org/" + ID;
    private static final String ORG_VIEWS = "/WEB-INF/views/org/";
    private static final String ADMIN_VIEWS = "/WEB-INF/views/admin/";
    private static final List<Route> ROUTES = List.of(
            new Route("/course/" + SLUG + "/" + SLUG, "/WEB-INF/views/course/step.xhtml", "part", "step"),
            new Route("/course/" + SLUG + "/" + SLUG + "/test", "/WEB-INF/views/course/test.xhtml", "part", "step"),
            new Route("/verify/([A-Za-z0-9-]{1,40})", "/WEB-INF/views/verify/code.xhtml", "code"),
            new Route("/org/?", ORG_VIEWS + "index.xhtml"),
            new Route("/org/new", ORG_VIEWS + "new.xhtml"),
            new Route(ORG, ORG_VIEWS + "members.xhtml", "organisation"),
            new Route(ORG + "/enrol", ORG_VIEWS + "enrol.xhtml", "organisation"),
            new Route(ORG + "/enrol/" + ID, ORG_VIEWS + "preview.xhtml", "organisation", "draft"),
            new Route(ORG + "/join-link", ORG_VIEWS + "join-link.xhtml", "organisation"),
            new Route(ORG + "/members/" + ID, ORG_VIEWS + "member.xhtml", "organisation", "member"),
            new Route(ORG + "/settings", ORG_VIEWS + "settings.xhtml", "organisation"),
            new Route("/admin/?", ADMIN_VIEWS + "statistics.xhtml"),
            new Route("/admin/where", ADMIN_VIEWS + "statistics/where.xhtml"),
            new Route("/admin/funnel", ADMIN_VIEWS + "statistics/funnel.xhtml"),
            new Route("/admin/questions", ADMIN_VIEWS + "statistics/questions.xhtml"),
            new Route("/admin/users", ADMIN_VIEWS + "users.xhtml"),
            new Route("/admin/users/" + ID, ADMIN_VIEWS + "user.xhtml", "account"),
            new Route("/admin/organisations", ADMIN_VIEWS + "organisations.xhtml"),
            new Route("/admin/organisations/" + ID, ADMIN_VIEWS + "organisation.xhtml", "organisation"),
            new Route("/admin/diplomas", ADMIN_VIEWS + "diplomas.xhtml"),
            new Route("/admin/diplomas/([A-Za-z0-9-]{1,40})", ADMIN_VIEWS + "diploma.xhtml", "code"),
            new Route("/admin/content", ADMIN_VIEWS + "content.xhtml"),
            new Route("/admin/content/steps/" + ID, ADMIN_VIEWS + "content/step.xhtml", "step"),
            new Route("/admin/content/steps/" + ID + "/preview", ADMIN_VIEWS + "content/preview.xhtml", "step"),
            new Route("/admin/content/questions/" + ID, ADMIN_VIEWS + "content/question.xhtml", "question"),
            new Route("/admin/content/steps/" + ID + "/questions/new", ADMIN_VIEWS + "content/question.xhtml", "step"),
            new Route("/admin/content/import", ADMIN_VIEWS + "content/import.xhtml"),
            new Route("/admin/audit", ADMIN_VIEWS + "audit.xhtml"),
            new Route("/password/forgot", "/WEB-INF/views/password/forgot.xhtml"),
            new Route("/password/reset/" + TOKEN, "/WEB-INF/views/password/reset.xhtml", "token"),
            new Route("/email/confirm/" + TOKEN, "/WEB-INF/views/email/confirm.xhtml", "token"),
            new Route("/join/([A-Za-z0-9]{1,40})", "/WEB-INF/views/join/code.xhtml", "code"),
            new Route("/invitation/" + TOKEN, "/WEB-INF/views/invitation/token.xhtml", "token"));

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
