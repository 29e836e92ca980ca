package se.battrebemotande.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import se.battrebemotande.course.Choice;
import se.battrebemotande.course.Question;

/**
 * One question of an attempt, with its choices in the order this learner saw them and, once
 * submitted, the choices ticked and whether that was right.
 */
@Entity
@jakarta.persistence.Table(name = "attempt_item")
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

    @Column(name = "choice_order")
    private String choiceOrder;

    private String selected;

    private Boolean correct;

    protected AttemptItem() {}

    AttemptItem(Attempt attempt, Question question, int position, List<Long> choiceOrder) {
        this.attempt = attempt;
        this.question = question;
        this.position = position;
        this.choiceOrder = join(choiceOrder);
    }

    /** Scores the ticked choices against the right ones among those offered. */
    boolean answer(Set<Long> ticked) {
        List<Long> offered = offeredChoiceIds();
        Set<Long> right = question.getChoices().stream()
                .filter(c -> c.isCorrect() && offered.contains(c.getId()))
                .map(Choice::getId)
                .collect(Collectors.toSet());
        this.selected = join(ticked.stream().sorted().toList());
        this.correct = right.equals(ticked);
        return correct;
    }

    boolean offers(Set<Long> choiceIds) {
        return offeredChoiceIds().containsAll(choiceIds);
    }

    public List<Long> offeredChoiceIds() {
        return split(choiceOrder);
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
        return new LinkedHashSet<>(split(selected));
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

    private static String join(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static List<Long> split(String ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(ids.split(",")).map(Long::valueOf).toList();
    }
}
