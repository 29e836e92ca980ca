package se.battrebemotande.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/** Jakarta Security's view of our accounts: the caller is the account id, the groups its role's. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {
    @Inject
    Accounts accounts;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return accounts.authenticate(credential.getCaller(), credential.getPasswordAsString())
                .map(a -> new CredentialValidationResult(
                        String.valueOf(a.getId()), a.getRole().groups()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
