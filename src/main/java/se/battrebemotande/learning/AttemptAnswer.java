package se.battrebemotande.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * One choice as offered in an attempt item: where it stood in the order the learner saw, and
 * whether it was ticked. Kept as a row, so questions' statistics are SQL aggregates.
 */
@Entity
@Table(name = "attempt_answer")
@IdClass(AttemptAnswer.Key.class)
public class AttemptAnswer {
    /** The row's key: its attempt item and its choice. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private Long item;
        private long choiceId;

        public Key() {}

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.item, item) && k.choiceId == choiceId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(item, choiceId);
        }
    }

    @Id
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "attempt_item_id")
    private AttemptItem item;

    @Id
    @Column(name = "choice_id")
    private long choiceId;

    private int position;

    private boolean selected;

    protected AttemptAnswer() {}

    AttemptAnswer(AttemptItem item, long choiceId, int position) {
        this.item = item;
        this.choiceId = choiceId;
        this.position = position;
    }

    void tick(boolean ticked) {
        this.selected = ticked;
    }

    public long getChoiceId() {
        return choiceId;
    }

    public int getPosition() {
        return position;
    }

    public boolean isSelected() {
        return selected;
    }
}
