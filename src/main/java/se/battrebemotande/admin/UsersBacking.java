package se.battrebemotande.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.util.Faces;
import se.battrebemotande.account.Account;
import se.battrebemotande.account.CurrentUser;
import se.battrebemotande.web.Paged;

/** {@code /admin/users}: find a user by the beginning of their name or e-mail address, or by id. */
@Named
@ViewScoped
public class UsersBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    UserAdministration users;

    @Inject
    CurrentUser user;

    private String search;
    private Paged<Account> accounts;
    private Long found;

    @PostConstruct
    void init() {
        String q = Faces.getRequestParameter("q");
        search = q == null ? "" : q.strip().substring(0, Math.min(200, q.strip().length()));
        accounts = new Paged<>(
                () -> Math.min(found(), UserAdministration.MOST_FOUND),
                (first, size, sort, ascending) -> users.search(user.id(), search, first, size),
                Account::getId);
    }

    private long found() {
        if (found == null) {
            found = users.count(user.id(), search);
        }
        return found;
    }

    /** Whether the search finds more accounts than the table shows. */
    public boolean isMoreThanShown() {
        return found() > UserAdministration.MOST_FOUND;
    }

    public String getSearch() {
        return search;
    }

    public Paged<Account> getAccounts() {
        return accounts;
    }
}
