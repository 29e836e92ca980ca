package se.battrebemotande.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.omnifaces.util.Faces;
import se.battrebemotande.account.CurrentUser;
import se.battrebemotande.diploma.Diploma;
import se.battrebemotande.diploma.DiplomaState;
import se.battrebemotande.diploma.VerificationCode;

/**
 * {@code /admin/diplomas}: certificates and diplomas, newest first, found by code, by the holder's
 * e-mail address or by the beginning of the name on them, filtered by state, a page at a time.
 * A plain GET page (search, filter and page are in the address), so it keeps no view state and
 * every page of results can be linked. Named for its section because the learner's
 * {@code /diplomas} has {@code DiplomasBacking}.
 */
@Named
@RequestScoped
public class AdminDiplomasBacking {
    static final int SEARCH_MAX = 200;
    static final int PAGE_SIZE = 25;

    @Inject
    DiplomaAdministration administration;

    @Inject
    CurrentUser user;

    private String search;
    private DiplomaState state;
    private int page;
    private long total;
    private List<Diploma> documents;

    @PostConstruct
    void init() {
        String q = Faces.getRequestParameter("q");
        search = q == null
                ? ""
                : q.strip().substring(0, Math.min(SEARCH_MAX, q.strip().length()));
        try {
            String s = Faces.getRequestParameter("state");
            state = s == null || s.isBlank() ? null : DiplomaState.valueOf(s);
        } catch (IllegalArgumentException e) {
            state = null;
        }
        total = administration.count(user.id(), search, state);
        page = Math.max(1, Math.min(number(Faces.getRequestParameter("page")), getPages()));
        documents = administration.search(user.id(), search, state, (page - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    private static int number(String text) {
        try {
            return text == null ? 1 : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Whether what was typed looks like a code with a typing mistake in it, so the page can say so. */
    public boolean isMistypedCode() {
        return VerificationCode.parse(search).problem() == VerificationCode.Problem.MISTYPED;
    }

    /** The address of another page of the same search. */
    public String pageHref(int other) {
        return "?q=" + URLEncoder.encode(search, StandardCharsets.UTF_8) + "&state=" + (state == null ? "" : state)
                + "&page=" + other;
    }

    public DiplomaState[] getStates() {
        return DiplomaState.values();
    }

    public String getSearch() {
        return search;
    }

    public DiplomaState getState() {
        return state;
    }

    public List<Diploma> getDocuments() {
        return documents;
    }

    public int getPage() {
        return page;
    }

    public int getPages() {
        return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public long getTotal() {
        return total;
    }

    public long getFirstShown() {
        return total == 0 ? 0 : (long) (page - 1) * PAGE_SIZE + 1;
    }

    public long getLastShown() {
        return Math.min(total, (long) page * PAGE_SIZE);
    }
}
