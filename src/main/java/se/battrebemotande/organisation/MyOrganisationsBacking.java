package se.battrebemotande.organisation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import se.battrebemotande.account.CurrentUser;
import se.battrebemotande.web.Texts;

/**
 * The organisations section of {@code /account}: which organisations see the learner's progress,
 * and leaving one (asked once more first, {@code ?leave={id}}). Leaving changes nothing in the
 * learner's own progress or diplomas.
 */
@Named
@RequestScoped
public class MyOrganisationsBacking {
    @Inject
    Organisations organisations;

    @Inject
    CurrentUser user;

    @Inject
    Texts texts;

    @Inject
    @Param
    String leave;

    private List<Organisations.Joined> joined;

    public List<Organisations.Joined> getJoined() {
        if (joined == null) {
            joined = organisations.joinedBy(user.id());
        }
        return joined;
    }

    /** The organisation the learner asked to leave, to confirm; null when none. */
    public Organisation getLeaving() {
        return getJoined().stream()
                .map(Organisations.Joined::organisation)
                .filter(o -> String.valueOf(o.getId()).equals(leave))
                .findFirst()
                .orElse(null);
    }

    public void confirmLeave() throws IOException {
        Organisation leaving = getLeaving();
        if (leaving == null) {
            Faces.redirect("account");
            return;
        }
        try {
            organisations.leave(user.id(), leaving.getId());
        } catch (OrganisationRefusedException e) {
            Messages.addGlobalError(
                    texts.get("organisation.refused." + e.reason().name()));
            return;
        }
        Messages.addFlashGlobalInfo(texts.get("account.left", leaving.getName()));
        Faces.redirect("account");
    }
}
