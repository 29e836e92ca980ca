package se.battrebemotande.course;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.battrebemotande.platform.LocalizedText;

/**
 * An immutable picture of the course as learners see it: the active parts and steps in order.
 * One instance is shared by every request, so pages never load course content per learner.
 */
public record CourseOutline(
        long courseId,
        String slug,
        LocalizedText title,
        LocalizedText subtitle,
        LocalizedText description,
        LocalizedText audience,
        LocalizedText issuer,
        List<PartOutline> parts)
        implements Serializable {

    public record PartOutline(
            long id, String slug, int number, LocalizedText title, LocalizedText summary, List<StepOutline> steps)
            implements Serializable {

        public double durationSeconds() {
            return steps.stream().mapToDouble(StepOutline::durationSeconds).sum();
        }
    }

    public record CaptionTrack(String lang, String label, String path) implements Serializable {}

    /** A section of a film: where it starts, in seconds, and its title. */
    public record Chapter(double start, String title) implements Serializable {}

    public record StepOutline(
            long id,
            long partId,
            String partSlug,
            String slug,
            int number,
            StepKind kind,
            LocalizedText title,
            LocalizedText summary,
            String filmPath,
            String filmContentType,
            double durationSeconds,
            String posterPath,
            List<CaptionTrack> captions,
            LocalizedText transcript,
            Map<String, List<Chapter>> chapters,
            double watchThreshold,
            int questionsPerTest,
            double passMark)
            implements Serializable {

        public String path() {
            return "/course/" + partSlug + "/" + slug;
        }

        /** The film's chapters in the given language, else in Swedish; empty when it has none. */
        public List<Chapter> chaptersIn(Locale locale) {
            return chapters.getOrDefault(locale.getLanguage(), chapters.getOrDefault("sv", List.of()));
        }

        public boolean isLecture() {
            return kind == StepKind.LECTURE;
        }
    }

    public Optional<PartOutline> part(String partSlug) {
        return parts.stream().filter(p -> p.slug().equals(partSlug)).findFirst();
    }

    public Optional<StepOutline> step(String partSlug, String stepSlug) {
        return part(partSlug)
                .flatMap(p -> p.steps().stream()
                        .filter(s -> s.slug().equals(stepSlug))
                        .findFirst());
    }

    public Optional<StepOutline> step(long stepId) {
        return steps().stream().filter(s -> s.id() == stepId).findFirst();
    }

    public Optional<PartOutline> partOf(StepOutline step) {
        return parts.stream().filter(p -> p.id() == step.partId()).findFirst();
    }

    public List<StepOutline> steps() {
        return parts.stream().flatMap(p -> p.steps().stream()).toList();
    }

    public double durationSeconds() {
        return parts.stream().mapToDouble(PartOutline::durationSeconds).sum();
    }

    /** The active step whose film this file of the package is, if any. */
    public Optional<StepOutline> stepOfFilm(String path) {
        return steps().stream().filter(s -> path.equals(s.filmPath())).findFirst();
    }

    /** Whether a file of the package is a film, poster or caption track of an active step. */
    public boolean isMediaFile(String path) {
        return steps().stream()
                .anyMatch(s -> path.equals(s.filmPath())
                        || path.equals(s.posterPath())
                        || s.captions().stream().anyMatch(c -> c.path().equals(path)));
    }
}
