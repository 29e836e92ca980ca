package se.battrebemotande.admin;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import se.battrebemotande.account.Account;
import se.battrebemotande.account.Accounts;
import se.battrebemotande.diploma.Diploma;
import se.battrebemotande.diploma.Diplomas;
import se.battrebemotande.learning.Attempt;
import se.battrebemotande.learning.CourseProgress;
import se.battrebemotande.learning.Learning;
import se.battrebemotande.organisation.Organisations;
import se.battrebemotande.platform.NotFoundException;

/** Finding users, seeing their progress and attempts, and appointing administrators. */
@Stateless
public class UserAdministration {
    @Inject
    Audit audit;

    @Inject
    Accounts accounts;

    @Inject
    Learning learning;

    @Inject
    Diplomas diplomas;

    @Inject
    Organisations organisations;

    /** Everything an administrator sees of one user. */
    public record User(
            Account account,
            CourseProgress progress,
            List<Attempt> attempts,
            List<Diploma> diplomas,
            List<Organisations.Joined> organisations) {}

    public List<Account> search(long actorId, String text, int first, int size) {
        audit.administrator(actorId);
        return accounts.search(text, first, size);
    }

    /** Shown at most: a search that finds more asks for more of the name or address. */
    public static final int MOST_FOUND = 1000;

    /** How many accounts the search finds, up to {@link #MOST_FOUND} + 1 (which means "more"). */
    public long count(long actorId, String text) {
        audit.administrator(actorId);
        return accounts.count(text, MOST_FOUND);
    }

    public User user(long actorId, long accountId) {
        audit.administrator(actorId);
        Account account = accounts.find(accountId).orElseThrow(() -> new NotFoundException("account " + accountId));
        return new User(
                account,
                learning.courseProgress(accountId),
                learning.attemptsOf(accountId),
                diplomas.ofLearner(accountId),
                organisations.joinedBy(accountId));
    }

    /** Makes the account an administrator (from their next sign-in) or takes the role away (at once). */
    public void setAdmin(long actorId, long accountId, boolean admin) {
        Account actor = audit.administrator(actorId);
        boolean before = accounts.find(accountId).map(Account::isAdmin).orElse(false);
        Account account = accounts.setAdmin(accountId, admin);
        if (before != admin) {
            audit.record(
                    actor,
                    admin ? AuditAction.ADMIN_GRANTED : AuditAction.ADMIN_REVOKED,
                    accountId,
                    account.getName() + " <" + account.getEmail() + ">",
                    "role=" + (before ? "ADMIN" : "LEARNER"),
                    "role=" + (admin ? "ADMIN" : "LEARNER"));
        }
    }
}
