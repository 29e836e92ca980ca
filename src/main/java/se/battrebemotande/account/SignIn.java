package se.battrebemotande.account;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import se.battrebemotande.web.LanguageFilter;
import se.battrebemotande.web.LocalPath;

/**
 * Signs a learner in from a JSF form through Jakarta Security, with a new session id so that a
 * session id known before login is worthless after it, and the learner's own language restored.
 */
@RequestScoped
public class SignIn {
    @Inject
    SecurityContext security;

    @Inject
    Accounts accounts;

    @Inject
    AccountSessions sessions;

    /**
     * True when signed in; the response has then been redirected (to the page the learner first
     * asked for, or to {@code /course}).
     */
    public boolean signIn(String email, String password) {
        return signIn(email, password, "/course");
    }

    /** As {@link #signIn(String, String)}, going to {@code next} (a path of this site) afterwards. */
    public boolean signIn(String email, String password, String next) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        AuthenticationStatus status = security.authenticate(
                request,
                response,
                withParams()
                        .credential(new UsernamePasswordCredential(
                                email == null ? "" : email, new Password(password == null ? "" : password)))
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SEND_FAILURE || status == AuthenticationStatus.NOT_DONE) {
            return false;
        }
        Optional<Account> account = accounts.findByEmail(email);
        if (!response.isCommitted()) {
            account.ifPresent(a -> LanguageFilter.remember(response, a.getLanguage(), request.isSecure()));
        }
        if (status == AuthenticationStatus.SUCCESS) {
            account.ifPresent(a -> sessions.signedIn(a.getId(), request.getSession(true)));
            try {
                external.redirect(external.getRequestContextPath() + LocalPath.orElse(next, "/course"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        faces.responseComplete();
        return true;
    }
}
