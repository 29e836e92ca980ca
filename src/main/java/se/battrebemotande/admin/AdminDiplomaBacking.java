package se.battrebemotande.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import se.battrebemotande.account.Account;
import se.battrebemotande.account.CurrentUser;
import se.battrebemotande.diploma.Diploma;
import se.battrebemotande.diploma.DiplomaChangeRefusedException;
import se.battrebemotande.diploma.Diplomas;
import se.battrebemotande.platform.NameOnPaper;
import se.battrebemotande.web.Texts;

/**
 * {@code /admin/diplomas/{code}}: one certificate or diploma, its holder, its line of reissues and
 * its history; revoking it with a reason, and reissuing it for a corrected name.
 */
@Named
@RequestScoped
public class AdminDiplomaBacking {
    @Inject
    DiplomaAdministration administration;

    @Inject
    CurrentUser user;

    @Inject
    Texts texts;

    @Inject
    @Param(name = "code")
    String codeParameter;

    private DiplomaAdministration.Document shown;

    @NotBlank(message = "{diploma.reason.required}")
    @Size(max = Diploma.REASON_MAX, message = "{diploma.reason.size}")
    private String reason;

    @NotBlank(message = "{diploma.name.required}")
    @Size(max = Account.NAME_MAX, message = "{account.name.size}")
    @Pattern(regexp = Account.NAME_CHARACTERS, message = "{account.name.characters}")
    @NameOnPaper
    private String correctedName;

    @PostConstruct
    void init() {
        shown = administration.document(user.id(), codeParameter);
        Account holder = shown.holder();
        correctedName = holder != null ? holder.getName() : shown.diploma().getHolderName();
    }

    public DiplomaAdministration.Document getShown() {
        return shown;
    }

    public void revoke() throws IOException {
        String code = shown.diploma().getCode();
        try {
            administration.revoke(user.id(), code, reason);
        } catch (DiplomaChangeRefusedException e) {
            Messages.addError("revoke:reason", texts.get("adminDiploma.refused." + e.getReason()));
            return;
        }
        Messages.addFlashGlobalInfo(texts.get("adminDiploma.revokedNow"));
        Faces.redirect("admin/diplomas/%s", code);
    }

    public void reissue() throws IOException {
        Diplomas.Reissue reissue;
        try {
            reissue = administration.reissue(user.id(), shown.diploma().getCode(), correctedName);
        } catch (DiplomaChangeRefusedException e) {
            Messages.addError("reissue:name", texts.get("adminDiploma.refused." + e.getReason()));
            return;
        }
        Messages.addFlashGlobalInfo(texts.get(
                "adminDiploma.reissuedNow",
                reissue.replacement().getCode(),
                reissue.replaced().getCode()));
        Faces.redirect("admin/diplomas/%s", reissue.replacement().getCode());
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getCorrectedName() {
        return correctedName;
    }

    public void setCorrectedName(String correctedName) {
        this.correctedName = correctedName;
    }
}
