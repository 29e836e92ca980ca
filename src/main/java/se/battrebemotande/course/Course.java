package se.battrebemotande.course;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import se.battrebemotande.platform.LocalizedText;

/** The one course this platform carries, as last imported from the course package. */
@Entity
@NamedQuery(name = "Course.findBySlug", query = "select c from Course c where c.slug = :slug")
@NamedQuery(name = "Course.all", query = "select c from Course c")
public class Course {
    @Id
    @SequenceGenerator(name = "course_seq", sequenceName = "course_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_seq")
    private Long id;

    private String slug;

    @Embedded
    @AttributeOverride(name = "sv", column = @Column(name = "title_sv"))
    @AttributeOverride(name = "en", column = @Column(name = "title_en"))
    private LocalizedText title;

    @Embedded
    @AttributeOverride(name = "sv", column = @Column(name = "subtitle_sv"))
    @AttributeOverride(name = "en", column = @Column(name = "subtitle_en"))
    private LocalizedText subtitle;

    @Embedded
    @AttributeOverride(name = "sv", column = @Column(name = "description_sv"))
    @AttributeOverride(name = "en", column = @Column(name = "description_en"))
    private LocalizedText description;

    @Embedded
    @AttributeOverride(name = "sv", column = @Column(name = "audience_sv"))
    @AttributeOverride(name = "en", column = @Column(name = "audience_en"))
    private LocalizedText audience;

    @Embedded
    @AttributeOverride(name = "sv", column = @Column(name = "issuer_sv"))
    @AttributeOverride(name = "en", column = @Column(name = "issuer_en"))
    private LocalizedText issuer;

    private String fingerprint;

    @Column(name = "imported_at")
    private Instant importedAt;

    /** Raised by every change, so each server sees that its outline is out of date. */
    private long revision;

    @OneToMany(mappedBy = "course")
    @OrderBy("position")
    private List<Part> parts = new ArrayList<>();

    protected Course() {}

    public Course(String slug) {
        this.slug = slug;
    }

    void describe(
            LocalizedText title,
            LocalizedText subtitle,
            LocalizedText description,
            LocalizedText audience,
            LocalizedText issuer) {
        this.title = title;
        this.subtitle = subtitle;
        this.description = description;
        this.audience = audience;
        this.issuer = issuer;
    }

    void imported(String fingerprint, Instant at) {
        this.fingerprint = fingerprint;
        this.importedAt = at;
        revised();
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public LocalizedText getSubtitle() {
        return subtitle;
    }

    public LocalizedText getDescription() {
        return description;
    }

    public LocalizedText getAudience() {
        return audience;
    }

    public LocalizedText getIssuer() {
        return issuer;
    }

    /** Marks a change to the course: every server rebuilds its outline. */
    void revised() {
        revision++;
    }

    /**
     * Marks an administrator's edit: the live course no longer is any package's copy, so a start
     * with a package folder, changed or not, never imports over it by itself.
     */
    void edited() {
        fingerprint = null;
        revised();
    }

    public long getRevision() {
        return revision;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public List<Part> getParts() {
        return parts;
    }
}
