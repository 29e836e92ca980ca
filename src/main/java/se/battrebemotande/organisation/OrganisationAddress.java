package se.battrebemotande.organisation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;
import se.battrebemotande.account.CurrentUser;
import se.battrebemotande.platform.NotFoundException;

/**
 * The organisation named by the address {@code /org/{id}/...} of this request, for its
 * administrator; anyone else gets 404. Its pages share the heading and sub-navigation it feeds.
 */
@Named
@RequestScoped
public class OrganisationAddress {
    @Inject
    @Param(name = "organisation")
    String organisation;

    @Inject
    Organisations organisations;

    @Inject
    CurrentUser user;

    private Organisation resolved;

    public long id() {
        try {
            return Long.parseLong(organisation);
        } catch (NumberFormatException | NullPointerException e) {
            throw new NotFoundException("organisation " + organisation);
        }
    }

    public Organisation getOrganisation() {
        if (resolved == null) {
            resolved = organisations.administered(user.id(), id());
        }
        return resolved;
    }

    /** The address of the organisation's pages, for links: {@code /org/{id}}. */
    public String getPath() {
        return "/org/" + id();
    }
}
