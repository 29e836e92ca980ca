package se.battrebemotande.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import se.battrebemotande.course.Caption;
import se.battrebemotande.course.CourseEditor.StepMedia;
import se.battrebemotande.course.pkg.Mp4Duration;
import se.battrebemotande.course.pkg.TrackRules;

/**
 * Checks files uploaded to replace a step's media, by the package reader's rules: an MP4 film
 * whose length can be read, a JPEG, PNG or WebP poster, and WebVTT captions and chapters that fit
 * the film. A new film must also fit the captions and chapters that are kept. Nothing is kept
 * unless every file passes.
 */
final class MediaCheck {
    static final long POSTER_MAX_BYTES = 5L * 1024 * 1024;
    static final long TRACK_MAX_BYTES = 2L * 1024 * 1024;

    /** The files a step has, each a field of the upload form. */
    enum Slot {
        FILM("film", null),
        POSTER("poster", null),
        CAPTIONS_SV("captions-sv", "sv"),
        CAPTIONS_EN("captions-en", "en"),
        CHAPTERS_SV("chapters-sv", "sv"),
        CHAPTERS_EN("chapters-en", "en");

        final String field;
        final String lang;

        Slot(String field, String lang) {
            this.field = field;
            this.lang = lang;
        }

        boolean captions() {
            return this == CAPTIONS_SV || this == CAPTIONS_EN;
        }

        boolean chapters() {
            return this == CHAPTERS_SV || this == CHAPTERS_EN;
        }

        static Optional<Slot> ofField(String field) {
            for (Slot s : values()) {
                if (s.field.equals(field)) {
                    return Optional.of(s);
                }
            }
            return Optional.empty();
        }
    }

    /** A problem with one file ({@code slot} null for the upload as a whole): a text key and its arguments. */
    record Problem(Slot slot, String key, Object... arguments) {}

    /** What the check found: the problems, and for a good upload the film's length, the files' types and texts. */
    record Checked(
            List<Problem> problems, double durationSeconds, Map<Slot, String> extensions, Map<Slot, String> texts) {
        boolean passed() {
            return problems.isEmpty();
        }
    }

    private final long filmMaxBytes;

    MediaCheck(long filmMaxBytes) {
        this.filmMaxBytes = filmMaxBytes;
    }

    /**
     * Checks the uploaded files against each other and the step's current media;
     * {@code currentText} reads a kept track's text by its course path.
     */
    Checked check(StepMedia current, Map<Slot, Path> uploads, Function<String, Optional<String>> currentText) {
        List<Problem> problems = new ArrayList<>();
        Map<Slot, String> extensions = new EnumMap<>(Slot.class);
        Map<Slot, String> texts = new EnumMap<>(Slot.class);
        if (uploads.isEmpty()) {
            problems.add(new Problem(null, "media.nothing"));
            return new Checked(problems, current.durationSeconds(), extensions, texts);
        }
        double duration = current.durationSeconds();
        Path film = uploads.get(Slot.FILM);
        if (film != null) {
            OptionalDouble measured = film(film, problems);
            if (measured.isPresent()) {
                duration = measured.getAsDouble();
                extensions.put(Slot.FILM, "mp4");
            }
        }
        Path poster = uploads.get(Slot.POSTER);
        if (poster != null) {
            imageType(poster, problems).ifPresent(type -> extensions.put(Slot.POSTER, type));
        }
        boolean filmKnown = film == null || extensions.containsKey(Slot.FILM);
        for (Slot slot : List.of(Slot.CAPTIONS_SV, Slot.CAPTIONS_EN, Slot.CHAPTERS_SV, Slot.CHAPTERS_EN)) {
            Path file = uploads.get(slot);
            if (file == null) {
                continue;
            }
            Optional<String> text = track(slot, file, problems);
            if (text.isEmpty()) {
                continue;
            }
            TrackRules.Checked checked = slot.captions()
                    ? TrackRules.captions(text.get(), filmKnown ? duration : 0)
                    : TrackRules.chapters(text.get(), filmKnown ? duration : 0);
            checked.problems().forEach(p -> problems.add(trackProblem(slot, p)));
            if (checked.usable()) {
                texts.put(slot, text.get());
                extensions.put(slot, "vtt");
            }
        }
        if (uploads.containsKey(Slot.CHAPTERS_EN)
                && !uploads.containsKey(Slot.CHAPTERS_SV)
                && current.chapters() == null) {
            problems.add(new Problem(Slot.CHAPTERS_EN, "media.chaptersNeedSwedish"));
        }
        if (film != null && extensions.containsKey(Slot.FILM)) {
            keptTracksFit(current, uploads, duration, currentText, problems);
        }
        return new Checked(List.copyOf(problems), duration, extensions, texts);
    }

    private OptionalDouble film(Path file, List<Problem> problems) {
        try {
            long size = Files.size(file);
            if (size > filmMaxBytes) {
                problems.add(new Problem(Slot.FILM, "media.tooLarge", megabytes(filmMaxBytes)));
                return OptionalDouble.empty();
            }
            byte[] head = head(file, 12);
            boolean mp4 = head.length >= 8 && new String(head, 4, 4, StandardCharsets.ISO_8859_1).equals("ftyp");
            OptionalDouble duration = mp4 ? Mp4Duration.of(file) : OptionalDouble.empty();
            if (duration.isEmpty() || duration.getAsDouble() <= 0) {
                problems.add(new Problem(Slot.FILM, "media.notMp4"));
                return OptionalDouble.empty();
            }
            return duration;
        } catch (IOException e) {
            problems.add(new Problem(Slot.FILM, "media.notMp4"));
            return OptionalDouble.empty();
        }
    }

    private static Optional<String> imageType(Path file, List<Problem> problems) {
        try {
            if (Files.size(file) > POSTER_MAX_BYTES) {
                problems.add(new Problem(Slot.POSTER, "media.tooLarge", megabytes(POSTER_MAX_BYTES)));
                return Optional.empty();
            }
            byte[] h = head(file, 12);
            if (h.length >= 3 && (h[0] & 0xff) == 0xff && (h[1] & 0xff) == 0xd8 && (h[2] & 0xff) == 0xff) {
                return Optional.of("jpg");
            }
            if (h.length >= 8 && (h[0] & 0xff) == 0x89 && h[1] == 'P' && h[2] == 'N' && h[3] == 'G') {
                return Optional.of("png");
            }
            if (h.length >= 12
                    && new String(h, 0, 4, StandardCharsets.ISO_8859_1).equals("RIFF")
                    && new String(h, 8, 4, StandardCharsets.ISO_8859_1).equals("WEBP")) {
                return Optional.of("webp");
            }
        } catch (IOException e) {
            // unreadable: reported below
        }
        problems.add(new Problem(Slot.POSTER, "media.notImage"));
        return Optional.empty();
    }

    private static Optional<String> track(Slot slot, Path file, List<Problem> problems) {
        try {
            if (Files.size(file) > TRACK_MAX_BYTES) {
                problems.add(new Problem(slot, "media.tooLarge", megabytes(TRACK_MAX_BYTES)));
                return Optional.empty();
            }
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString());
        } catch (CharacterCodingException e) {
            problems.add(new Problem(slot, "media.notUtf8"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.empty();
    }

    /** The captions and chapters that stay must still lie inside a new, perhaps shorter, film. */
    private static void keptTracksFit(
            StepMedia current,
            Map<Slot, Path> uploads,
            double duration,
            Function<String, Optional<String>> currentText,
            List<Problem> problems) {
        for (Caption caption : current.captions()) {
            Slot slot = "sv".equals(caption.getLang())
                    ? Slot.CAPTIONS_SV
                    : "en".equals(caption.getLang()) ? Slot.CAPTIONS_EN : null;
            if (slot != null && uploads.containsKey(slot)) {
                continue;
            }
            currentText.apply(caption.getPath()).ifPresent(text -> {
                if (!TrackRules.captions(text, duration).usable()) {
                    problems.add(new Problem(
                            slot == null ? Slot.FILM : slot, "media.keptCaptionsDontFit", caption.getLabel()));
                }
            });
        }
        if (current.chapters() != null) {
            if (!uploads.containsKey(Slot.CHAPTERS_SV)
                    && !TrackRules.chapters(current.chapters().sv(), duration).usable()) {
                problems.add(new Problem(Slot.CHAPTERS_SV, "media.keptChaptersDontFit"));
            }
            String en = current.chapters().en();
            if (en != null
                    && !uploads.containsKey(Slot.CHAPTERS_EN)
                    && !TrackRules.chapters(en, duration).usable()) {
                problems.add(new Problem(Slot.CHAPTERS_EN, "media.keptChaptersDontFit"));
            }
        }
    }

    private static Problem trackProblem(Slot slot, TrackRules.Problem p) {
        return switch (p.kind()) {
            case NOT_WEBVTT -> new Problem(slot, "media.track.NOT_WEBVTT", p.detail());
            case NO_CUES -> new Problem(slot, "media.track.NO_CUES");
            case OUT_OF_ORDER -> new Problem(slot, "media.track.OUT_OF_ORDER", p.cue());
            case AFTER_END ->
                new Problem(slot, "media.track.AFTER_END", p.cue(), seconds(p.at()), seconds(p.filmSeconds()));
            case CHAPTER_AFTER_END -> new Problem(slot, "media.track.CHAPTER_AFTER_END", p.cue());
        };
    }

    private static String seconds(double s) {
        return String.format(java.util.Locale.ROOT, "%.1f", s);
    }

    private static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }

    private static byte[] head(Path file, int n) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(n);
        }
    }
}
