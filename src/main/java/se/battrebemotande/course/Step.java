package se.battrebemotande.course;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import se.battrebemotande.platform.LocalizedText;

/**
 * A step (moment) of a part: a film with captions and transcript, followed by a test drawn from
 * the step's question bank. The thresholds that decide when the test opens and when it is passed
 * belong to the step, because the course package may set them per step.
 */
@Entity
public class Step {
    @Id
    @SequenceGenerator(name = "step_seq", sequenceName = "step_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "step_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "part_id")
    private Part part;

    private String slug;

    private int position;

    @Enumerated(EnumType.STRING)
    private StepKind kind;

    @Embedded
    @AttributeOverride(name = "sv", column = @Column(name = "title_sv"))
    @AttributeOverride(name = "en", column = @Column(name = "title_en"))
    private LocalizedText title;

    @Embedded
    @AttributeOverride(name = "sv", column = @Column(name = "summary_sv"))
    @AttributeOverride(name = "en", column = @Column(name = "summary_en"))
    private LocalizedText summary;

    @Column(name = "film_path")
    private String filmPath;

    @Column(name = "film_content_type")
    private String filmContentType;

    @Column(name = "duration_seconds")
    private double durationSeconds;

    @Column(name = "poster_path")
    private String posterPath;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "step_caption", joinColumns = @JoinColumn(name = "step_id"))
    @OrderColumn(name = "position")
    private List<Caption> captions = new ArrayList<>();

    @Embedded
    @AttributeOverride(name = "sv", column = @Column(name = "transcript_sv"))
    @AttributeOverride(name = "en", column = @Column(name = "transcript_en"))
    private LocalizedText transcript;

    @Embedded
    @AttributeOverride(name = "sv", column = @Column(name = "chapters_sv"))
    @AttributeOverride(name = "en", column = @Column(name = "chapters_en"))
    private LocalizedText chapters;

    @Column(name = "watch_threshold")
    private double watchThreshold;

    @Column(name = "questions_per_test")
    private int questionsPerTest;

    @Column(name = "pass_mark")
    private double passMark;

    private boolean retired;

    /** When an administrator last changed the step; null while it is as the package gave it. */
    @Column(name = "edited_at")
    private Instant editedAt;

    @OneToMany(mappedBy = "step")
    @OrderBy("position")
    private List<Question> questions = new ArrayList<>();

    protected Step() {}

    Step(Part part, String slug) {
        this.part = part;
        this.slug = slug;
    }

    void describe(
            int position,
            StepKind kind,
            LocalizedText title,
            LocalizedText summary,
            LocalizedText transcript,
            LocalizedText chapters) {
        this.position = position;
        this.kind = kind;
        this.title = title;
        this.summary = summary;
        this.transcript = transcript;
        this.chapters = chapters;
        this.retired = false;
    }

    void film(String path, String contentType, double durationSeconds, String posterPath, List<Caption> captions) {
        this.filmPath = path;
        this.filmContentType = contentType;
        this.durationSeconds = durationSeconds;
        this.posterPath = posterPath;
        this.captions.clear();
        this.captions.addAll(captions);
    }

    void testRules(double watchThreshold, int questionsPerTest, double passMark) {
        this.watchThreshold = watchThreshold;
        this.questionsPerTest = questionsPerTest;
        this.passMark = passMark;
    }

    void retire() {
        this.retired = true;
    }

    /** An administrator's change of the texts learners read. */
    void edit(LocalizedText title, LocalizedText summary, LocalizedText transcript, Instant at) {
        this.title = title;
        this.summary = summary;
        this.transcript = transcript;
        this.editedAt = at;
    }

    /** An administrator's change of the film, poster, captions or chapters. */
    void replaceMedia(
            String filmPath,
            String filmContentType,
            double durationSeconds,
            String posterPath,
            List<Caption> captions,
            LocalizedText chapters,
            Instant at) {
        film(filmPath, filmContentType, durationSeconds, posterPath, captions);
        this.chapters = chapters;
        this.editedAt = at;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public Long getId() {
        return id;
    }

    public Part getPart() {
        return part;
    }

    public String getSlug() {
        return slug;
    }

    public int getPosition() {
        return position;
    }

    public StepKind getKind() {
        return kind;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public LocalizedText getSummary() {
        return summary;
    }

    public String getFilmPath() {
        return filmPath;
    }

    public String getFilmContentType() {
        return filmContentType;
    }

    public double getDurationSeconds() {
        return durationSeconds;
    }

    public String getPosterPath() {
        return posterPath;
    }

    public List<Caption> getCaptions() {
        return captions;
    }

    public LocalizedText getTranscript() {
        return transcript;
    }

    /** The film's chapters as WebVTT text, or null when the film has none. */
    public LocalizedText getChapters() {
        return chapters;
    }

    public double getWatchThreshold() {
        return watchThreshold;
    }

    public int getQuestionsPerTest() {
        return questionsPerTest;
    }

    public double getPassMark() {
        return passMark;
    }

    public boolean isRetired() {
        return retired;
    }

    public List<Question> getQuestions() {
        return questions;
    }
}
