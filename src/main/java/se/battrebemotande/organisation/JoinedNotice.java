package se.battrebemotande.organisation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;
import se.battrebemotande.account.CurrentUser;

/**
 * The welcome on {@code /course?joined={id}} after joining an organisation: its name, shown only to
 * one of its members.
 */
@Named
@RequestScoped
public class JoinedNotice {
    @Inject
    Organisations organisations;

    @Inject
    CurrentUser user;

    @Inject
    @Param
    String joined;

    public String getOrganisation() {
        if (joined == null || !user.isSignedIn()) {
            return null;
        }
        try {
            long id = Long.parseLong(joined);
            return organisations.isMember(user.id(), id) ? organisations.name(id) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
