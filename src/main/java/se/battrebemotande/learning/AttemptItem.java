package se.battrebemotande.learning;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import se.battrebemotande.course.Choice;
import se.battrebemotande.course.Question;

/**
 * One question of an attempt, with its choices in the order this learner saw them and, once
 * submitted, the choices ticked and whether that was right. The choices are rows
 * ({@link AttemptAnswer}), so what was offered and ticked can be counted in SQL.
 */
@Entity
@Table(name = "attempt_item")
public class AttemptItem {
    @Id
    @SequenceGenerator(name = "attempt_item_seq", sequenceName = "attempt_item_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attempt_item_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "attempt_id")
    private Attempt attempt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id")
    private Question question;

    private int position;

    @OneToMany(mappedBy = "item", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<AttemptAnswer> answers = new ArrayList<>();

    private Boolean correct;

    protected AttemptItem() {}

    AttemptItem(Attempt attempt, Question question, int position, List<Long> choiceOrder) {
        this.attempt = attempt;
        this.question = question;
        this.position = position;
        int shown = 0;
        for (Long choice : choiceOrder) {
            answers.add(new AttemptAnswer(this, choice, ++shown));
        }
    }

    /** Scores the ticked choices against the right ones among those offered. */
    boolean answer(Set<Long> ticked) {
        List<Long> offered = offeredChoiceIds();
        Set<Long> right = question.getChoices().stream()
                .filter(c -> c.isCorrect() && offered.contains(c.getId()))
                .map(Choice::getId)
                .collect(Collectors.toSet());
        answers.forEach(a -> a.tick(ticked.contains(a.getChoiceId())));
        this.correct = right.equals(ticked);
        return correct;
    }

    boolean offers(Set<Long> choiceIds) {
        return offeredChoiceIds().containsAll(choiceIds);
    }

    public List<Long> offeredChoiceIds() {
        return answers.stream().map(AttemptAnswer::getChoiceId).toList();
    }

    /** The offered choices, in the order the learner saw them. */
    public List<Choice> offeredChoices() {
        List<Long> order = offeredChoiceIds();
        return question.getChoices().stream()
                .filter(c -> order.contains(c.getId()))
                .sorted((a, b) -> Integer.compare(order.indexOf(a.getId()), order.indexOf(b.getId())))
                .toList();
    }

    public Set<Long> selectedChoiceIds() {
        return answers.stream()
                .filter(AttemptAnswer::isSelected)
                .map(AttemptAnswer::getChoiceId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Whether the learner ticked this choice (for the result page). */
    public boolean isSelected(Choice choice) {
        return answers.stream().anyMatch(a -> a.isSelected() && a.getChoiceId() == choice.getId());
    }

    public Long getId() {
        return id;
    }

    public Question getQuestion() {
        return question;
    }

    public int getPosition() {
        return position;
    }

    public Boolean getCorrect() {
        return correct;
    }
}
