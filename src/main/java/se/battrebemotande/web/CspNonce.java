package se.battrebemotande.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.primefaces.context.PrimeFacesContext;

/**
 * The nonce that lets a page's own inline scripts run under a strict Content-Security-Policy
 * ({@code script-src 'self' 'nonce-…'}, never {@code 'unsafe-inline'}). PrimeFaces makes it
 * ({@code primefaces.CSP}): it adds the nonce to its widget scripts, turns inline event handlers into
 * registered listeners, and keeps the nonce in the view so that ajax updates of a stateful page
 * (the organisation pages) run under the nonce the page was sent with. Before a page renders,
 * {@link Policy} puts the nonce into the site's whole policy.
 *
 * <p>A stateless page has no view to keep the nonce in, so PrimeFaces reads it back from the form
 * on a postback: every form carries it in a hidden field ({@code bb:nonce}). A form posted without
 * it (an old copy of a page, a script) is given a fresh one ({@link #ensureParameter}): for a
 * stateless page that is all it needs, and a stateful page's view still insists on its own.
 */
@Named("cspNonce")
@RequestScoped
public class CspNonce {
    /** The name of the hidden form field PrimeFaces reads the nonce from on a postback. */
    public static final String PARAMETER = "primefaces.nonce";

    /** This response's nonce. */
    public String getValue() {
        return of(FacesContext.getCurrentInstance());
    }

    static String of(FacesContext context) {
        return PrimeFacesContext.getCspState(context).getNonce();
    }

    /** The request, with a fresh nonce parameter if it is a form post that carries none. */
    public static HttpServletRequest ensureParameter(HttpServletRequest request) {
        String type = request.getContentType();
        if (!"POST".equals(request.getMethod())
                || type == null
                || !type.startsWith("application/x-www-form-urlencoded")
                || request.getParameter(PARAMETER) != null) {
            return request;
        }
        String fresh =
                Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getParameter(String name) {
                return PARAMETER.equals(name) ? fresh : super.getParameter(name);
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                Map<String, String[]> parameters = new HashMap<>(super.getParameterMap());
                parameters.put(PARAMETER, new String[] {fresh});
                return Collections.unmodifiableMap(parameters);
            }

            @Override
            public Enumeration<String> getParameterNames() {
                return Collections.enumeration(getParameterMap().keySet());
            }

            @Override
            public String[] getParameterValues(String name) {
                return PARAMETER.equals(name) ? new String[] {fresh} : super.getParameterValues(name);
            }
        };
    }

    /** Sets the response's policy, with this response's nonce, just before the page renders. */
    public static class Policy implements PhaseListener {
        private static final long serialVersionUID = 1L;

        @Override
        public void beforePhase(PhaseEvent event) {
            FacesContext context = event.getFacesContext();
            if (context.getExternalContext().getResponse() instanceof HttpServletResponse response
                    && !response.isCommitted()) {
                response.setHeader("Content-Security-Policy", SecurityFilter.policy(of(context)));
            }
        }

        @Override
        public void afterPhase(PhaseEvent event) {}

        @Override
        public PhaseId getPhaseId() {
            return PhaseId.RENDER_RESPONSE;
        }
    }
}
