package se.battrebemotande.learning;

import java.math.BigDecimal;
import java.util.List;
import se.battrebemotande.course.CourseOutline;
import se.battrebemotande.course.CourseOutline.StepOutline;
import se.battrebemotande.course.TranscriptHtml;
import se.battrebemotande.web.Language;

/**
 * How a step's film, captions, chapters and transcript are shown in a language: for the learner's
 * step page and for an administrator's preview of it, which must look the same.
 */
public final class StepView {
    private final StepOutline step;
    private final Language language;
    private final double maxPlaybackRate;

    public StepView(StepOutline step, Language language, double maxPlaybackRate) {
        this.step = step;
        this.language = language;
        this.maxPlaybackRate = maxPlaybackRate;
    }

    public StepOutline getStep() {
        return step;
    }

    public String getTranscriptHtml() {
        return TranscriptHtml.render(language.text(step.transcript()), 3);
    }

    public String getTranscriptLang() {
        return language.lang(step.transcript());
    }

    /** The film's chapters, for finding a section of a longer film again. */
    public List<CourseOutline.Chapter> getChapters() {
        return step.chaptersIn(language.getLocale());
    }

    public String getChaptersLang() {
        return step.chapters().containsKey(language.getTag()) ? language.getTag() : "sv";
    }

    /** The speeds the player offers, as "0.75", "1", … up to the fastest that earns credit. */
    public List<String> getPlaybackRates() {
        return List.of(0.75, 1.0, 1.25, 1.5, 2.0).stream()
                .filter(r -> r <= maxPlaybackRate)
                .map(r -> BigDecimal.valueOf(r).stripTrailingZeros().toPlainString())
                .toList();
    }

    /** Captions start on in the page's language when the film has them, else in Swedish. */
    public String getDefaultCaptionLang() {
        return step.captions().stream().anyMatch(c -> c.lang().equals(language.getTag())) ? language.getTag() : "sv";
    }
}
