package se.battrebemotande.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/** The signed-in learner of this request, identified by the account id in the caller principal. */
@Named
@RequestScoped
public class CurrentLearner {
    @Inject
    SecurityContext security;

    @Inject
    Accounts accounts;

    private Account account;

    public boolean isSignedIn() {
        return security.getCallerPrincipal() != null;
    }

    /** The account id; only called on pages that require a signed-in learner. */
    public long id() {
        Principal principal = security.getCallerPrincipal();
        if (principal == null) {
            throw new IllegalStateException("No learner is signed in");
        }
        return Long.parseLong(principal.getName());
    }

    public Account getAccount() {
        if (account == null) {
            account = accounts.get(id());
        }
        return account;
    }
}
