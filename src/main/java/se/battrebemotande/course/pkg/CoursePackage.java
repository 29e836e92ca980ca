package se.battrebemotande.course.pkg;

import java.util.List;
import se.battrebemotande.platform.LocalizedText;

/**
 * A validated course package, as read from disk. {@code fingerprint} changes whenever anything the
 * database keeps of the package changes.
 */
public record CoursePackage(
        String fingerprint,
        String slug,
        LocalizedText title,
        LocalizedText subtitle,
        LocalizedText description,
        LocalizedText audience,
        LocalizedText issuer,
        List<PartSpec> parts) {

    public record PartSpec(String slug, LocalizedText title, LocalizedText summary, List<StepSpec> steps) {}

    public record StepSpec(
            String slug,
            String folder,
            boolean lecture,
            LocalizedText title,
            LocalizedText summary,
            FilmSpec film,
            String poster,
            List<CaptionSpec> captions,
            LocalizedText transcript,
            LocalizedText chapters,
            double watchThreshold,
            int questionsPerTest,
            double passMark,
            List<QuestionSpec> questions) {}

    /** {@code file} is relative to the package root, with forward slashes. */
    public record FilmSpec(String file, String contentType, double durationSeconds) {}

    public record CaptionSpec(String lang, String label, String file, int cues) {}

    public record QuestionSpec(
            String key, boolean multiple, LocalizedText text, List<ChoiceSpec> choices, LocalizedText explanation) {}

    public record ChoiceSpec(String key, LocalizedText text, boolean correct) {}
}
