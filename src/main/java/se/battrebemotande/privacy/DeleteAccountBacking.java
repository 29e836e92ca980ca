package se.battrebemotande.privacy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import se.battrebemotande.account.AccountSessions;
import se.battrebemotande.account.Accounts;
import se.battrebemotande.account.CurrentUser;
import se.battrebemotande.account.Passwords;
import se.battrebemotande.web.Texts;

/**
 * The "delete my account" form on Mitt konto: it asks for the password, deletes, signs the person
 * out everywhere and says what became of their data.
 */
@Named
@RequestScoped
public class DeleteAccountBacking {
    @Inject
    CurrentUser user;

    @Inject
    Accounts accounts;

    @Inject
    Passwords passwords;

    @Inject
    AccountDeletion deletion;

    @Inject
    AccountSessions sessions;

    @Inject
    Texts texts;

    @NotBlank(message = "{account.currentPassword.required}")
    private String password;

    public void delete() throws IOException, ServletException {
        long id = user.id();
        String email = user.getAccount().getEmail();
        Optional<Boolean> checked =
                passwords.admitted(() -> accounts.authenticate(email, password).isPresent());
        if (checked.isEmpty()) {
            Messages.addGlobalError(texts.get("account.busy"));
            return;
        }
        boolean right = checked.get();
        if (!right) {
            Messages.addError("delete:deletePassword", texts.get("settings.password.wrong"));
            Faces.validationFailed();
            return;
        }
        deletion.delete(id);
        HttpServletRequest request = Faces.getRequest();
        sessions.endOthers(id, null);
        request.logout();
        if (request.getSession(false) != null) {
            request.getSession(false).invalidate();
        }
        Faces.getExternalContext().redirect(request.getContextPath() + "/account-deleted");
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
