package se.battrebemotande.organisation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import se.battrebemotande.account.CurrentUser;
import se.battrebemotande.web.Texts;

/**
 * {@code /org/{id}/settings}: the organisation's details (the form of {@link OrganisationFormBacking})
 * and its administrators; an administrator may step down when another remains.
 */
@Named
@RequestScoped
public class SettingsBacking {
    @Inject
    MemberLists lists;

    @Inject
    Organisations organisations;

    @Inject
    OrganisationAddress address;

    @Inject
    CurrentUser user;

    @Inject
    Texts texts;

    private List<MemberRow> administrators;

    public List<MemberRow> getAdministrators() {
        if (administrators == null) {
            administrators = lists.administrators(user.id(), address.id());
        }
        return administrators;
    }

    public boolean isSelf(MemberRow row) {
        return row.accountId() != null && row.accountId() == user.id();
    }

    /** The signed-in administrator becomes an ordinary member; they then no longer see these pages. */
    public void stepDown() throws IOException {
        long self = getAdministrators().stream()
                .filter(this::isSelf)
                .findFirst()
                .map(MemberRow::membershipId)
                .orElseThrow();
        String name = address.getOrganisation().getName();
        try {
            organisations.revokeAdmin(user.id(), address.id(), self);
        } catch (OrganisationRefusedException e) {
            Messages.addGlobalError(
                    texts.get("organisation.refused." + e.reason().name()));
            return;
        }
        Messages.addFlashGlobalInfo(texts.get("settings.steppedDown", name));
        Faces.redirect("account");
    }
}
