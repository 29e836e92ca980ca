package se.battrebemotande.organisation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Optional;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import se.battrebemotande.account.CurrentUser;
import se.battrebemotande.web.Texts;

/**
 * {@code /join/{code}}: an organisation's join link. It says plainly what the organisation will
 * see; a signed-in person joins with one click, anyone else creates an account or signs in first
 * and comes back here. A link that is off or renewed says so (with status 404).
 */
@Named
@RequestScoped
public class JoinBacking {
    @Inject
    Organisations organisations;

    @Inject
    CurrentUser user;

    @Inject
    Texts texts;

    @Inject
    @Param
    String code;

    private Optional<Organisation> organisation;

    public Organisation getOrganisation() {
        if (organisation == null) {
            organisation = code == null ? Optional.empty() : organisations.findByJoinCode(code);
        }
        return organisation.orElse(null);
    }

    /** For the page's view action: a link that does not work answers 404, with the page explaining. */
    public void load() {
        if (getOrganisation() == null) {
            Faces.getResponse().setStatus(404);
        }
    }

    public boolean isMember() {
        return user.isSignedIn()
                && getOrganisation() != null
                && organisations.isMember(user.id(), getOrganisation().getId());
    }

    public void join() throws IOException {
        try {
            Membership joined = organisations.joinByLink(user.id(), code);
            Faces.redirect("course?joined=%s", joined.getOrganisationId());
        } catch (OrganisationRefusedException e) {
            Messages.addGlobalError(
                    texts.get("organisation.refused." + e.reason().name()));
        }
    }

    /** This page's address, to come back to after signing in. */
    public String getHere() {
        return "/join/" + code;
    }
}
