package se.battrebemotande.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Messages;
import se.battrebemotande.web.LocalPath;
import se.battrebemotande.web.Texts;

/**
 * The login page. A wrong password and an unknown e-mail get the same answer. {@code ?next=} names
 * a page of this site to go on to (an invitation, a join link).
 */
@Named
@RequestScoped
public class LoginBacking {
    @Inject
    SignIn signIn;

    @Inject
    Texts texts;

    @Inject
    @Param
    String next;

    private String email;
    private String password;

    public void login() {
        if (!signIn.signIn(email, password, LocalPath.orElse(next, "/course"))) {
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
