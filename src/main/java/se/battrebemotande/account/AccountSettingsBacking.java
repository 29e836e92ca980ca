package se.battrebemotande.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import se.battrebemotande.web.PublicAddress;
import se.battrebemotande.web.Texts;

/**
 * The forms of "Mitt konto" that change the account: the name, the e-mail address, the password,
 * and a new confirmation link. Each form is its own; a change is confirmed on the page it leaves.
 */
@Named
@RequestScoped
public class AccountSettingsBacking {
    @Inject
    CurrentUser user;

    @Inject
    AccountChanges changes;

    @Inject
    Registrations registrations;

    @Inject
    Passwords passwords;

    @Inject
    AccountSessions sessions;

    @Inject
    PublicAddress publicAddress;

    @Inject
    Texts texts;

    @PersonName
    private String name;

    @EmailInput
    private String newEmail;

    @NotBlank(message = "{account.currentPassword.required}")
    private String currentPassword;

    @NotBlank(message = "{account.password.required}")
    @NewPassword
    private String newPassword;

    public void saveName() throws IOException {
        Account account = changes.changeName(user.id(), name);
        done(texts.get("settings.name.saved", account.getName()));
    }

    public void changeEmail() throws IOException {
        Optional<AccountChanges.Outcome> outcome = admitted(() -> changes.requestEmailChange(
                user.id(), currentPassword, newEmail, publicAddress.forMail(Faces.getRequest())));
        if (outcome.isEmpty()) {
            return;
        }
        switch (outcome.get()) {
            case WRONG_PASSWORD -> wrongPassword("email:emailPassword");
            case SAME_ADDRESS -> {
                Messages.addError("email:newEmail", texts.get("settings.email.same"));
                Faces.validationFailed();
            }
            case DONE -> done(texts.get("settings.email.sent", Account.normalizeEmail(newEmail)));
        }
    }

    public void changePassword() throws IOException {
        Optional<AccountChanges.Outcome> outcome = admitted(() -> changes.changePassword(
                user.id(), currentPassword, newPassword, publicAddress.forMail(Faces.getRequest())));
        if (outcome.isEmpty()) {
            return;
        }
        if (outcome.get() == AccountChanges.Outcome.WRONG_PASSWORD) {
            wrongPassword("password:currentPassword");
            return;
        }
        HttpServletRequest request = Faces.getRequest();
        sessions.endOthers(user.id(), request.getSession(false));
        done(texts.get("settings.password.saved"));
    }

    public void sendConfirmation() throws IOException {
        registrations.sendConfirmation(user.id(), publicAddress.forMail(Faces.getRequest()));
        done(texts.get("settings.confirm.sent", user.getAccount().getEmail()));
    }

    private <T> Optional<T> admitted(java.util.function.Supplier<T> work) {
        Optional<T> done = passwords.admitted(work);
        if (done.isEmpty()) {
            Messages.addGlobalError(texts.get("account.busy"));
        }
        return done;
    }

    private void wrongPassword(String field) {
        Messages.addError(field, texts.get("settings.password.wrong"));
        Faces.validationFailed();
    }

    private void done(String message) throws IOException {
        Messages.addFlashGlobalInfo(message);
        HttpServletRequest request = Faces.getRequest();
        Faces.getExternalContext().redirect(request.getContextPath() + "/account");
    }

    /** The name field starts with the account's name. */
    public String getName() {
        return name == null ? user.getAccount().getName() : name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
