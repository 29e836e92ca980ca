package se.battrebemotande.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/**
 * The signed-in person of this request, identified by the account id in the caller principal. The
 * principal's groups (from {@link Role}) gate whole areas in web.xml; what a person may do with a
 * particular organisation is decided by that feature's service from the database, on every call.
 */
@Named
@RequestScoped
public class CurrentUser {
    @Inject
    SecurityContext security;

    @Inject
    Accounts accounts;

    private Account account;

    public boolean isSignedIn() {
        return security.getCallerPrincipal() != null;
    }

    /** The account id; only called where a signed-in person is required. */
    public long id() {
        return findId().orElseThrow(() -> new IllegalStateException("Nobody is signed in"));
    }

    /** The account id, if someone is signed in. */
    public Optional<Long> findId() {
        Principal principal = security.getCallerPrincipal();
        if (principal == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(principal.getName()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether someone is signed in whose address is not confirmed yet (the page template then shows
     * a reminder); false on pages where nobody is known, such as error pages.
     */
    public boolean isEmailUnconfirmed() {
        if (account == null) {
            findId().flatMap(accounts::find).ifPresent(a -> account = a);
        }
        return account != null && !account.isEmailVerified() && !account.isDeleted();
    }

    public Account getAccount() {
        if (account == null) {
            account = accounts.get(id());
        }
        return account;
    }
}
