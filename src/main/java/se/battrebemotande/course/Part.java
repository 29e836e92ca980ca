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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import java.util.ArrayList;
import java.util.List;
import se.battrebemotande.platform.LocalizedText;

/**
 * One of the course's parts (Introduktion, Asylprocessen, Kulturkunskap). A part that has left the
 * package is retired, never deleted, so the certificates that name it stay whole.
 */
@Entity
public class Part {
    @Id
    @SequenceGenerator(name = "part_seq", sequenceName = "part_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "part_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    private String slug;

    private int position;

    @Embedded
    @AttributeOverride(name = "sv", column = @Column(name = "title_sv"))
    @AttributeOverride(name = "en", column = @Column(name = "title_en"))
    private LocalizedText title;

    @Embedded
    @AttributeOverride(name = "sv", column = @Column(name = "summary_sv"))
    @AttributeOverride(name = "en", column = @Column(name = "summary_en"))
    private LocalizedText summary;

    private boolean retired;

    @OneToMany(mappedBy = "part")
    @OrderBy("position")
    private List<Step> steps = new ArrayList<>();

    protected Part() {}

    Part(Course course, String slug) {
        this.course = course;
        this.slug = slug;
    }

    void update(int position, LocalizedText title, LocalizedText summary) {
        this.position = position;
        this.title = title;
        this.summary = summary;
        this.retired = false;
    }

    void retire() {
        this.retired = true;
    }

    public Long getId() {
        return id;
    }

    public Course getCourse() {
        return course;
    }

    public String getSlug() {
        return slug;
    }

    public int getPosition() {
        return position;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public LocalizedText getSummary() {
        return summary;
    }

    public boolean isRetired() {
        return retired;
    }

    public List<Step> getSteps() {
        return steps;
    }
}
