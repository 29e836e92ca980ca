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
import se.battrebemotande.course.CourseCatalog;
import se.battrebemotande.course.CourseOutline.PartOutline;
import se.battrebemotande.platform.NotFoundException;
import se.battrebemotande.web.PublicAddress;
import se.battrebemotande.web.Texts;

/**
 * {@code /org/{id}/members/{member}}: one person on the list with their progress per part, and what
 * an administrator can do: send the invitation again, make or unmake an administrator, remove.
 */
@Named
@RequestScoped
public class MemberBacking {
    @Inject
    MemberLists lists;

    @Inject
    Organisations organisations;

    @Inject
    Enrolments enrolments;

    @Inject
    OrganisationAddress address;

    @Inject
    CurrentUser user;

    @Inject
    CourseCatalog catalog;

    @Inject
    PublicAddress publicAddress;

    @Inject
    Texts texts;

    @Inject
    @Param(name = "member")
    String memberParameter;

    private MemberRow member;
    private String removeProblem;

    /** Why removing did not happen (the box was not ticked); empty otherwise. */
    public String getRemoveProblem() {
        return removeProblem == null ? "" : removeProblem;
    }

    public MemberRow getMember() {
        if (member == null) {
            member = lists.row(user.id(), address.id(), membershipId())
                    .orElseThrow(() -> new NotFoundException("member " + memberParameter));
        }
        return member;
    }

    private long membershipId() {
        try {
            return Long.parseLong(memberParameter);
        } catch (NumberFormatException | NullPointerException e) {
            throw new NotFoundException("member " + memberParameter);
        }
    }

    public List<PartOutline> getParts() {
        return catalog.outline().parts();
    }

    public boolean isSelf() {
        return user.id() == (getMember().accountId() == null ? -1 : getMember().accountId());
    }

    public void sendInvitation() throws IOException {
        enrolments.invite(user.id(), address.id(), membershipId(), publicAddress.base(Faces.getRequest()));
        done("member.invitationSent");
    }

    public void makeAdmin() throws IOException {
        act(() -> organisations.makeAdmin(user.id(), address.id(), membershipId()), "member.madeAdmin");
    }

    public void revokeAdmin() throws IOException {
        act(() -> organisations.revokeAdmin(user.id(), address.id(), membershipId()), "member.revokedAdmin");
    }

    public void remove() throws IOException {
        if (!"yes".equals(Faces.getRequestParameter("confirmRemove"))) {
            removeProblem = texts.get("member.remove.unconfirmed");
            Faces.validationFailed();
            return;
        }
        String name =
                getMember().name() == null ? getMember().email() : getMember().name();
        try {
            organisations.remove(user.id(), address.id(), membershipId());
        } catch (OrganisationRefusedException e) {
            refused(e);
            return;
        }
        Messages.addFlashGlobalInfo(texts.get("member.removed", name));
        Faces.redirect("org/%s", address.id());
    }

    private void act(Runnable action, String message) throws IOException {
        try {
            action.run();
        } catch (OrganisationRefusedException e) {
            refused(e);
            return;
        }
        done(message);
    }

    private void refused(OrganisationRefusedException e) {
        Messages.addGlobalError(texts.get("organisation.refused." + e.reason().name()));
    }

    private void done(String message) throws IOException {
        Messages.addFlashGlobalInfo(texts.get(message));
        Faces.redirect("org/%s/members/%s", address.id(), membershipId());
    }
}
