package se.battrebemotande.organisation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import se.battrebemotande.account.CurrentUser;
import se.battrebemotande.web.PublicAddress;
import se.battrebemotande.web.Texts;

/** {@code /org/{id}/join-link}: the organisation's join link and its QR code; turn it off, on, or renew it. */
@Named
@RequestScoped
public class JoinLinkBacking {
    @Inject
    Organisations organisations;

    @Inject
    OrganisationAddress address;

    @Inject
    CurrentUser user;

    @Inject
    PublicAddress publicAddress;

    @Inject
    Texts texts;

    public String getLink() {
        return publicAddress.base(Faces.getRequest()) + "/join/"
                + address.getOrganisation().getJoinCode();
    }

    public void switchOff() throws IOException {
        organisations.switchJoinLink(user.id(), address.id(), false);
        done("joinLink.switchedOff");
    }

    public void switchOn() throws IOException {
        organisations.switchJoinLink(user.id(), address.id(), true);
        done("joinLink.switchedOn");
    }

    public void renew() throws IOException {
        organisations.renewJoinLink(user.id(), address.id());
        done("joinLink.renewed");
    }

    private void done(String message) throws IOException {
        Messages.addFlashGlobalInfo(texts.get(message));
        Faces.redirect("org/%s/join-link", address.id());
    }
}
