package se.battrebemotande.course.pkg;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What makes a caption or chapter track usable with its film, for the package reader and for
 * uploads alike: valid WebVTT with at least one cue, cues that run forward in time, and nothing
 * after the end of the film (captions may end up to {@link #TOLERANCE_SECONDS} late).
 */
public final class TrackRules {
    public static final double TOLERANCE_SECONDS = 1.0;

    public enum Kind {
        NOT_WEBVTT,
        NO_CUES,
        OUT_OF_ORDER,
        AFTER_END,
        CHAPTER_AFTER_END
    }

    /** One problem: the cue it concerns (1-based; 0 for the whole file), the time and the film's length. */
    public record Problem(Kind kind, int cue, double at, double filmSeconds, String detail) {
        public String english() {
            return switch (kind) {
                case NOT_WEBVTT -> detail;
                case NO_CUES -> "has no cues";
                case OUT_OF_ORDER -> "cue " + cue + " starts before the cue above it";
                case AFTER_END ->
                    String.format(
                            Locale.ROOT,
                            "cue %d ends at %.1f s, after the end of the film (%.1f s)",
                            cue,
                            at,
                            filmSeconds);
                case CHAPTER_AFTER_END -> "chapter " + cue + " starts after the end of the film";
            };
        }
    }

    /** The cues found and the problems; a track is usable when there are no problems. */
    public record Checked(List<WebVtt.Cue> cues, List<Problem> problems) {
        public boolean usable() {
            return problems.isEmpty();
        }
    }

    private TrackRules() {}

    /** Checks captions against a film of that length (0 when the length is unknown). */
    public static Checked captions(String text, double filmSeconds) {
        List<WebVtt.Cue> cues;
        try {
            cues = WebVtt.parse(text);
        } catch (IllegalArgumentException e) {
            return new Checked(List.of(), List.of(new Problem(Kind.NOT_WEBVTT, 0, 0, filmSeconds, e.getMessage())));
        }
        List<Problem> problems = new ArrayList<>();
        if (cues.isEmpty()) {
            problems.add(new Problem(Kind.NO_CUES, 0, 0, filmSeconds, null));
        }
        double previousStart = -1;
        for (WebVtt.Cue cue : cues) {
            if (cue.start() < previousStart) {
                problems.add(new Problem(Kind.OUT_OF_ORDER, cue.number(), cue.start(), filmSeconds, null));
            }
            previousStart = cue.start();
            if (filmSeconds > 0 && cue.end() > filmSeconds + TOLERANCE_SECONDS) {
                problems.add(new Problem(Kind.AFTER_END, cue.number(), cue.end(), filmSeconds, null));
            }
        }
        return new Checked(cues, List.copyOf(problems));
    }

    /** Checks a chapter track against a film of that length (0 when the length is unknown). */
    public static Checked chapters(String text, double filmSeconds) {
        List<WebVtt.Cue> cues;
        try {
            cues = WebVtt.parse(text);
        } catch (IllegalArgumentException e) {
            return new Checked(List.of(), List.of(new Problem(Kind.NOT_WEBVTT, 0, 0, filmSeconds, e.getMessage())));
        }
        List<Problem> problems = new ArrayList<>();
        if (cues.isEmpty()) {
            problems.add(new Problem(Kind.NO_CUES, 0, 0, filmSeconds, null));
        }
        for (WebVtt.Cue cue : cues) {
            if (filmSeconds > 0 && cue.start() >= filmSeconds) {
                problems.add(new Problem(Kind.CHAPTER_AFTER_END, cue.number(), cue.start(), filmSeconds, null));
            }
        }
        return new Checked(cues, List.copyOf(problems));
    }
}
