package se.battrebemotande.organisation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.util.Optional;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import se.battrebemotande.account.CurrentUser;
import se.battrebemotande.account.EmailAlreadyRegisteredException;
import se.battrebemotande.account.NewPassword;
import se.battrebemotande.account.PersonName;
import se.battrebemotande.account.SignIn;
import se.battrebemotande.web.Language;
import se.battrebemotande.web.Texts;

/**
 * {@code /invitation/{token}}: a personal invitation from its mail. Someone signed in accepts with
 * one click; someone with no account creates one here for the invited address (already filled in)
 * and joins in the same step; someone with an account signs in first and comes back. What the
 * organisation will see is said before any of these. An expired or used link says so (status 404).
 */
@Named
@RequestScoped
public class InvitationBacking {
    @Inject
    Invitations invitations;

    @Inject
    CurrentUser user;

    @Inject
    SignIn signIn;

    @Inject
    Language language;

    @Inject
    Texts texts;

    @Inject
    @Param
    String token;

    @PersonName
    private String name;

    @NotBlank(message = "{account.password.required}")
    @NewPassword
    private String password;

    private Optional<Invitations.Invitation> invitation;

    public Invitations.Invitation getInvitation() {
        if (invitation == null) {
            invitation = invitations.find(token);
            if (name == null) {
                name = invitation.map(Invitations.Invitation::name).orElse(null);
            }
        }
        return invitation.orElse(null);
    }

    /** For the page's view action: a link that does not work answers 404, with the page explaining. */
    public void load() {
        if (getInvitation() == null || !getInvitation().valid()) {
            Faces.getResponse().setStatus(404);
        }
    }

    public void accept() throws IOException {
        try {
            Organisation joined = invitations.accept(user.id(), token);
            Faces.redirect("course?joined=%s", joined.getId());
        } catch (OrganisationRefusedException e) {
            Messages.addGlobalError(
                    texts.get("organisation.refused." + e.reason().name()));
        }
    }

    public void register() {
        Invitations.Invitation shown = getInvitation();
        try {
            Organisation joined = invitations.register(token, name, password, language.getLocale());
            signIn.signIn(shown.email(), password, "/course?joined=" + joined.getId());
        } catch (OrganisationRefusedException e) {
            Messages.addGlobalError(
                    texts.get("organisation.refused." + e.reason().name()));
        } catch (EmailAlreadyRegisteredException e) {
            Messages.addGlobalError(texts.get("invitation.accountExists"));
        }
    }

    /** This page's address, to come back to after signing in. */
    public String getHere() {
        return "/invitation/" + token;
    }

    public String getName() {
        getInvitation();
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
