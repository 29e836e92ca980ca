package se.battrebemotande.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
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
 * on a postback: every form of a stateless page carries it in a hidden field ({@code bb:nonce}).
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
