package se.battrebemotande.organisation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.battrebemotande.account.CurrentUser;

/** {@code /org}: the organisations the signed-in person administers, and the way to register one. */
@Named
@RequestScoped
public class OrganisationsBacking {
    @Inject
    Organisations organisations;

    @Inject
    CurrentUser user;

    private List<Organisation> administered;

    public List<Organisation> getAdministered() {
        if (administered == null) {
            administered = organisations.administeredBy(user.id());
        }
        return administered;
    }

    /** Whether the header should offer the organisation pages: only to their administrators. */
    public boolean isAdministrator() {
        return user.findId().map(organisations::administersAny).orElse(false);
    }
}
