package se.battrebemotande.course;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import se.battrebemotande.platform.LocalizedText;

/** One answer option of a question. */
@Entity
public class Choice {
    @Id
    @SequenceGenerator(name = "choice_seq", sequenceName = "choice_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "choice_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id")
    private Question question;

    @Column(name = "choice_key")
    private String key;

    private int position;

    @Embedded
    @AttributeOverride(name = "sv", column = @Column(name = "text_sv"))
    @AttributeOverride(name = "en", column = @Column(name = "text_en"))
    private LocalizedText text;

    private boolean correct;

    private boolean retired;

    protected Choice() {}

    Choice(Question question, String key) {
        this.question = question;
        this.key = key;
    }

    void update(int position, LocalizedText text, boolean correct) {
        this.position = position;
        this.text = text;
        this.correct = correct;
        this.retired = false;
    }

    public Long getId() {
        return id;
    }

    public Question getQuestion() {
        return question;
    }

    public String getKey() {
        return key;
    }

    public int getPosition() {
        return position;
    }

    public LocalizedText getText() {
        return text;
    }

    public boolean isCorrect() {
        return correct;
    }

    public boolean isRetired() {
        return retired;
    }
}
