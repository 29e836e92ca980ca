package se.battrebemotande.learning;

import jakarta.ejb.ApplicationException;
import java.util.Set;

/** A submission that leaves questions unanswered; the learner is asked to answer them all. */
@ApplicationException(rollback = true)
public class IncompleteAnswersException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Set<Long> unansweredItems;

    public IncompleteAnswersException(Set<Long> unansweredItems) {
        super(unansweredItems.size() + " questions unanswered");
        this.unansweredItems = Set.copyOf(unansweredItems);
    }

    public Set<Long> unansweredItems() {
        return unansweredItems;
    }
}
