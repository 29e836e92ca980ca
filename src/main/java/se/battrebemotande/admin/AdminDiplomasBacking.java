package se.battrebemotande.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.util.Faces;
import se.battrebemotande.account.CurrentUser;
import se.battrebemotande.diploma.Diploma;
import se.battrebemotande.diploma.DiplomaState;
import se.battrebemotande.diploma.VerificationCode;
import se.battrebemotande.web.Paged;

/**
 * {@code /admin/diplomas}: certificates and diplomas, newest first, found by code, by the holder's
 * e-mail address or by the beginning of the name on them, and filtered by state. Named for its
 * section because the learner's {@code /diplomas} has {@code DiplomasBacking}.
 */
@Named
@ViewScoped
public class AdminDiplomasBacking implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int SEARCH_MAX = 200;

    @Inject
    DiplomaAdministration administration;

    @Inject
    CurrentUser user;

    private String search;
    private DiplomaState state;
    private Paged<Diploma> documents;

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
        String text = search;
        DiplomaState shown = state;
        documents = new Paged<>(
                () -> administration.count(user.id(), text, shown),
                (first, size, sort, ascending) -> administration.search(user.id(), text, shown, first, size),
                Diploma::getId);
    }

    /** Whether what was typed looks like a code with a typing mistake in it, so the page can say so. */
    public boolean isMistypedCode() {
        return VerificationCode.parse(search).problem() == VerificationCode.Problem.MISTYPED;
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

    public Paged<Diploma> getDocuments() {
        return documents;
    }
}
