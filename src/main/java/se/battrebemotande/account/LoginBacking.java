package se.battrebemotande.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Optional;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import se.battrebemotande.web.ClientAddress;
import se.battrebemotande.web.LocalPath;
import se.battrebemotande.web.Texts;

/**
 * The login page. A wrong password and an unknown e-mail get the same answer. After repeated
 * failures for an address (or from a client) the next try must wait, and is not checked at all
 * until then ({@link Throttle}). {@code ?next=} names a page of this site to go on to (an
 * invitation, a join link).
 */
@Named
@RequestScoped
public class LoginBacking {
    @Inject
    SignIn signIn;

    @Inject
    Texts texts;

    @Inject
    Throttle throttle;

    @Inject
    Passwords passwords;

    @Inject
    ClientAddress clientAddress;

    @Inject
    @Param
    String next;

    private String email;
    private String password;

    public void login() {
        HttpServletRequest request = Faces.getRequest();
        String client = clientAddress.of(request);
        Duration wait = throttle.loginWait(email, client);
        if (!wait.isZero()) {
            Messages.addGlobalError(texts.get("login.wait", Waits.text(wait.toSeconds() + 1, texts)));
            return;
        }
        Optional<Boolean> signedIn =
                passwords.admitted(() -> signIn.signIn(email, password, LocalPath.orElse(next, "/course")));
        if (signedIn.isEmpty()) {
            Messages.addGlobalError(texts.get("account.busy"));
        } else if (signedIn.get()) {
            throttle.loginSucceeded(email, client);
        } else {
            throttle.loginFailed(email, client);
            Messages.addGlobalError(texts.get("login.failed"));
        }
    }

    /** Where to go after signing in, when not to the course; null otherwise. */
    public String getNext() {
        return LocalPath.orElse(next, null);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
