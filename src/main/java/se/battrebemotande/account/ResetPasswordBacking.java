package se.battrebemotande.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.util.Optional;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import se.battrebemotande.web.PublicAddress;
import se.battrebemotande.web.Texts;

/**
 * {@code /password/reset/{token}}: the link from the mail asks for a new password. Opening the page
 * does not use the link up (mail scanners open links); saving does, signs the person out on every
 * other computer and sends them to log in.
 */
@Named
@RequestScoped
public class ResetPasswordBacking {
    @Inject
    PasswordResets resets;

    @Inject
    Passwords passwords;

    @Inject
    AccountSessions sessions;

    @Inject
    PublicAddress publicAddress;

    @Inject
    Texts texts;

    @Inject
    @Param
    String token;

    @NotBlank(message = "{account.password.required}")
    @NewPassword
    private String password;

    private Boolean open;

    /** Whether the link still works. */
    public boolean isOpen() {
        if (open == null) {
            open = resets.isOpen(token);
        }
        return open;
    }

    /** An unknown, used or expired link is a page that is not there. */
    public void load() {
        if (!isOpen()) {
            Faces.getExternalContext().setResponseStatus(404);
        }
    }

    public void save() throws IOException {
        HttpServletRequest request = Faces.getRequest();
        String site = publicAddress.forMail(request);
        Optional<Optional<Account>> reset = passwords.admitted(() -> resets.reset(token, password, site));
        if (reset.isEmpty()) {
            Messages.addGlobalError(texts.get("account.busy"));
            return;
        }
        Optional<Account> account = reset.get();
        if (account.isEmpty()) {
            open = false;
            return;
        }
        sessions.endOthers(account.get().getId(), null);
        Messages.addFlashGlobalInfo(texts.get("reset.done"));
        Faces.getExternalContext().redirect(request.getContextPath() + "/login");
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
