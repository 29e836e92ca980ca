package se.battrebemotande.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import se.battrebemotande.account.CurrentUser;
import se.battrebemotande.account.LastAdministratorException;
import se.battrebemotande.platform.NotFoundException;
import se.battrebemotande.web.Texts;

/** {@code /admin/users/{id}}: one user's account, progress, attempts, diplomas and organisations; the administrator role. */
@Named
@RequestScoped
public class UserBacking {
    @Inject
    UserAdministration users;

    @Inject
    CurrentUser user;

    @Inject
    Texts texts;

    @Inject
    @Param(name = "account")
    String accountParameter;

    private UserAdministration.User shown;

    public UserAdministration.User getShown() {
        if (shown == null) {
            shown = users.user(user.id(), accountId());
        }
        return shown;
    }

    private long accountId() {
        try {
            return Long.parseLong(accountParameter);
        } catch (NumberFormatException | NullPointerException e) {
            throw new NotFoundException("account " + accountParameter);
        }
    }

    public boolean isSelf() {
        return accountId() == user.id();
    }

    public void grantAdmin() throws IOException {
        change(true, "adminUser.granted");
    }

    public void revokeAdmin() throws IOException {
        change(false, "adminUser.revoked");
    }

    private void change(boolean admin, String message) throws IOException {
        try {
            users.setAdmin(user.id(), accountId(), admin);
        } catch (LastAdministratorException e) {
            Messages.addGlobalError(texts.get("adminUser.lastAdmin"));
            return;
        }
        Messages.addFlashGlobalInfo(texts.get(message));
        Faces.redirect("admin/users/%s", accountId());
    }
}
