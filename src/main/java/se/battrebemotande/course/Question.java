package se.battrebemotande.course;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import se.battrebemotande.platform.LocalizedText;

/**
 * A multiple-choice question of a step's bank. It knows which of its choices are right and so
 * decides whether an answer is right; that knowledge never leaves the server before a test is
 * submitted. A question is never changed once written: a changed question is a new version with
 * the same key, and the old one is retired and points to it, so an attempt always shows and
 * means what the learner answered, and retired versions keep their statistics.
 */
@Entity
@NamedQuery(
        name = "Question.activeOfStep",
        query = "select q from Question q where q.step.id = :step and q.retired = false order by q.position")
public class Question {
    @Id
    @SequenceGenerator(name = "question_seq", sequenceName = "question_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "question_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "step_id")
    private Step step;

    @Column(name = "question_key")
    private String key;

    private int position;

    private boolean multiple;

    @Embedded
    @AttributeOverride(name = "sv", column = @Column(name = "text_sv"))
    @AttributeOverride(name = "en", column = @Column(name = "text_en"))
    private LocalizedText text;

    @Embedded
    @AttributeOverride(name = "sv", column = @Column(name = "explanation_sv"))
    @AttributeOverride(name = "en", column = @Column(name = "explanation_en"))
    private LocalizedText explanation;

    private boolean retired;

    private int version;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "replaced_by")
    private Question replacedBy;

    @OneToMany(mappedBy = "question", fetch = FetchType.EAGER, cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<Choice> choices = new ArrayList<>();

    protected Question() {}

    Question(Step step, String key, int version, int position, QuestionContent content) {
        this.step = step;
        this.key = key;
        this.version = version;
        this.position = position;
        this.multiple = content.multiple();
        this.text = content.text();
        this.explanation = content.explanation();
        int place = 0;
        for (QuestionContent.ChoiceContent c : content.choices()) {
            Choice choice = new Choice(this, c.key());
            choice.update(++place, c.text(), c.correct());
            choices.add(choice);
        }
    }

    /** Whether this question says exactly that. */
    public boolean says(QuestionContent content) {
        return QuestionContent.of(this).equals(content);
    }

    /** A new version with this content; this one is retired and points to it. */
    Question revise(QuestionContent content) {
        Question next = new Question(step, key, version + 1, position, content);
        retire();
        replacedBy = next;
        return next;
    }

    void place(int position) {
        this.position = position;
    }

    void retire() {
        this.retired = true;
    }

    void reinstate() {
        this.retired = false;
    }

    /** The choices a learner is offered now. */
    public List<Choice> activeChoices() {
        return choices.stream().filter(c -> !c.isRetired()).toList();
    }

    public Set<Long> rightChoiceIds() {
        return activeChoices().stream()
                .filter(Choice::isCorrect)
                .map(Choice::getId)
                .collect(Collectors.toSet());
    }

    public Long getId() {
        return id;
    }

    public Step getStep() {
        return step;
    }

    public String getKey() {
        return key;
    }

    public int getPosition() {
        return position;
    }

    public boolean isMultiple() {
        return multiple;
    }

    public LocalizedText getText() {
        return text;
    }

    public LocalizedText getExplanation() {
        return explanation;
    }

    public boolean isRetired() {
        return retired;
    }

    public int getVersion() {
        return version;
    }

    /** The newer version that replaced this one, if any. */
    public Question getReplacedBy() {
        return replacedBy;
    }

    public List<Choice> getChoices() {
        return choices;
    }
}
