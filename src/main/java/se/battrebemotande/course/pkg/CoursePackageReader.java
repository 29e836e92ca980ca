package se.battrebemotande.course.pkg;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import se.battrebemotande.course.pkg.CoursePackage.CaptionSpec;
import se.battrebemotande.course.pkg.CoursePackage.ChoiceSpec;
import se.battrebemotande.course.pkg.CoursePackage.FilmSpec;
import se.battrebemotande.course.pkg.CoursePackage.PartSpec;
import se.battrebemotande.course.pkg.CoursePackage.QuestionSpec;
import se.battrebemotande.course.pkg.CoursePackage.StepSpec;
import se.battrebemotande.platform.LocalizedText;

/**
 * Reads a course package from a folder and checks all of it before anything is imported: a package
 * is either loaded whole or not at all. All problems are collected, so an author sees every one of
 * them at once.
 */
public final class CoursePackageReader {
    public static final int FORMAT = 1;
    /** How far a film's real duration may differ from the one in its step.json. */
    static final double DURATION_TOLERANCE_SECONDS = TrackRules.TOLERANCE_SECONDS;

    private static final Map<String, String> FILM_TYPES = Map.of("mp4", "video/mp4", "webm", "video/webm");
    private static final Set<String> POSTER_EXTENSIONS = Set.of("jpg", "jpeg", "png", "webp");

    private final Path root;
    private final List<String> problems = new ArrayList<>();
    private final MessageDigest fingerprint;

    private CoursePackageReader(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            this.fingerprint = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads and validates the package in {@code root}; throws listing every problem found. */
    public static CoursePackage read(Path root) {
        return new CoursePackageReader(root).readPackage();
    }

    private CoursePackage readPackage() {
        if (!Files.isDirectory(root)) {
            throw new InvalidCoursePackageException(
                    root.toString(), List.of(root + ": the course package folder does not exist"));
        }
        JsonObject manifest = readJson("course.json");
        if (manifest == null) {
            throw invalid();
        }
        JsonFields course = new JsonFields("course.json", "", manifest, problems);
        JsonValue format = manifest.get("format");
        if (!(format instanceof jakarta.json.JsonNumber n) || n.intValue() != FORMAT) {
            course.problem("\"format\" must be " + FORMAT + " (the format this version of the app reads)");
        }
        String slug = course.slug("slug");
        LocalizedText title = course.text("title");
        LocalizedText subtitle = course.optionalText("subtitle");
        LocalizedText description = course.optionalText("description");
        LocalizedText audience = course.optionalText("audience");
        LocalizedText issuer = course.text("issuer");
        Defaults defaults = readDefaults(course);

        List<PartSpec> parts = new ArrayList<>();
        Set<String> partSlugs = new HashSet<>();
        var partArray = course.array("parts");
        if (partArray.isEmpty()) {
            course.problem("\"parts\" must list at least one part");
        }
        for (int i = 0; i < partArray.size(); i++) {
            if (!(partArray.get(i) instanceof JsonObject partJson)) {
                course.problem("parts[" + i + "] must be an object");
                continue;
            }
            JsonFields part = course.child("part " + (i + 1), partJson);
            String partSlug = part.slug("slug");
            if (partSlug != null && !partSlugs.add(partSlug)) {
                part.problem("the slug \"" + partSlug + "\" is used by another part");
            }
            LocalizedText partTitle = part.text("title");
            LocalizedText partSummary = part.optionalText("summary");
            List<StepSpec> steps = new ArrayList<>();
            Set<String> stepSlugs = new HashSet<>();
            var stepArray = part.array("steps");
            if (stepArray.isEmpty()) {
                part.problem("\"steps\" must list at least one step folder");
            }
            for (JsonValue stepRef : stepArray) {
                if (!(stepRef instanceof JsonString folder)) {
                    part.problem("every entry of \"steps\" must be a folder name");
                    continue;
                }
                StepSpec step = readStep(folder.getString(), defaults);
                if (step != null && step.slug() != null && !stepSlugs.add(step.slug())) {
                    part.problem("the step slug \"" + step.slug() + "\" is used twice in this part");
                }
                if (step != null) {
                    steps.add(step);
                }
            }
            parts.add(new PartSpec(partSlug, partTitle, partSummary, List.copyOf(steps)));
        }
        if (!problems.isEmpty()) {
            throw invalid();
        }
        return new CoursePackage(
                HexFormat.of().formatHex(fingerprint.digest()),
                slug,
                title,
                subtitle,
                description,
                audience,
                issuer,
                List.copyOf(parts));
    }

    private record Defaults(double watchThreshold, int questionsPerTest, double passMark) {}

    private Defaults readDefaults(JsonFields course) {
        if (!course.has("defaults")) {
            return new Defaults(0.9, 5, 0.8);
        }
        JsonObject json = course.object("defaults");
        if (json == null) {
            return new Defaults(0.9, 5, 0.8);
        }
        JsonFields d = course.child("defaults", json);
        return new Defaults(
                d.fraction("watchThreshold", 0.9), d.count("questionsPerTest", 5), d.fraction("passMark", 0.8));
    }

    private StepSpec readStep(String folder, Defaults defaults) {
        String folderPath = cleanRelative(folder);
        if (folderPath == null) {
            problems.add("course.json: the step folder \"" + folder + "\" must be a relative path inside the package");
            return null;
        }
        String stepFile = folderPath + "/step.json";
        JsonObject json = readJson(stepFile);
        if (json == null) {
            return null;
        }
        JsonFields step = new JsonFields(stepFile, "", json, problems);
        String slug = step.slug("slug");
        String kind = step.optionalString("kind").orElse("film");
        if (!kind.equals("film") && !kind.equals("lecture")) {
            step.problem("\"kind\" must be \"film\" or \"lecture\"");
        }
        LocalizedText title = step.text("title");
        LocalizedText summary = step.optionalText("summary");
        double watchThreshold = step.fraction("watchThreshold", defaults.watchThreshold());
        int questionsPerTest = step.count("questionsPerTest", defaults.questionsPerTest());
        double passMark = step.fraction("passMark", defaults.passMark());

        FilmSpec film = readFilm(step, folderPath);
        String poster = step.optionalString("poster")
                .map(name -> existingFile(step, folderPath, name, "poster", POSTER_EXTENSIONS))
                .orElse(null);
        List<CaptionSpec> captions = readCaptions(step, folderPath, film);
        LocalizedText transcript = readTranscript(step, folderPath);
        LocalizedText chapters = readChapters(step, folderPath, film);
        List<QuestionSpec> questions = step.optionalString("questions")
                .map(name -> readQuestions(folderPath, name, questionsPerTest))
                .orElseGet(() -> {
                    step.problem("\"questions\" must name the question bank file");
                    return List.of();
                });
        return new StepSpec(
                slug,
                folderPath,
                kind.equals("lecture"),
                title,
                summary,
                film,
                poster,
                captions,
                transcript,
                chapters,
                watchThreshold,
                questionsPerTest,
                passMark,
                questions);
    }

    private FilmSpec readFilm(JsonFields step, String folder) {
        JsonObject json = step.object("film");
        if (json == null) {
            return null;
        }
        JsonFields film = step.child("film", json);
        String name = film.string("file");
        double declared = film.positiveNumber("durationSeconds");
        if (name == null) {
            return null;
        }
        String extension = extension(name);
        String contentType = film.optionalString("contentType").orElse(FILM_TYPES.get(extension));
        String path = existingFile(film, folder, name, "film", FILM_TYPES.keySet());
        if (path == null) {
            return null;
        }
        Path file = root.resolve(path);
        feed(path + ":" + size(file));
        if (extension.equals("mp4") && declared > 0) {
            try {
                OptionalDouble actual = Mp4Duration.of(file);
                if (actual.isEmpty()) {
                    problems.add(path + ": not a readable MP4 film (no movie header found)");
                } else if (Math.abs(actual.getAsDouble() - declared) > DURATION_TOLERANCE_SECONDS) {
                    problems.add(String.format(
                            java.util.Locale.ROOT,
                            "%s: the film lasts %.1f s but %s/step.json says %.1f s",
                            path,
                            actual.getAsDouble(),
                            folder,
                            declared));
                }
            } catch (IOException e) {
                problems.add(path + ": cannot be read (" + e.getMessage() + ")");
            }
        }
        return new FilmSpec(path, contentType, declared);
    }

    private List<CaptionSpec> readCaptions(JsonFields step, String folder, FilmSpec film) {
        List<CaptionSpec> captions = new ArrayList<>();
        Set<String> languages = new HashSet<>();
        for (JsonValue value : step.array("captions")) {
            if (!(value instanceof JsonObject json)) {
                step.problem("every entry of \"captions\" must be an object");
                continue;
            }
            JsonFields caption = step.child("captions", json);
            String lang = caption.string("lang");
            String label = caption.string("label");
            String name = caption.string("file");
            if (lang != null && !lang.matches("[a-z]{2}(-[A-Z]{2})?")) {
                caption.problem("\"lang\" must be a language code such as \"sv\" or \"en\"");
            }
            if (lang != null && !languages.add(lang)) {
                caption.problem("there are two caption files for \"" + lang + "\"");
            }
            String path = name == null ? null : existingFile(caption, folder, name, "captions", Set.of("vtt"));
            if (path == null || lang == null || label == null) {
                continue;
            }
            String text = readText(path);
            if (text == null) {
                continue;
            }
            TrackRules.Checked checked = TrackRules.captions(text, film == null ? 0 : film.durationSeconds());
            checked.problems().forEach(p -> problems.add(path + ": " + p.english()));
            if (checked.usable()) {
                captions.add(new CaptionSpec(lang, label, path, checked.cues().size()));
            }
        }
        if (!languages.contains("sv")) {
            step.problem("\"captions\" must include Swedish captions (\"lang\": \"sv\")");
        }
        return List.copyOf(captions);
    }

    /** The optional chapters track: WebVTT whose cues are the film's sections, per language. */
    private LocalizedText readChapters(JsonFields step, String folder, FilmSpec film) {
        if (!step.has("chapters")) {
            return null;
        }
        JsonObject json = step.object("chapters");
        if (json == null) {
            return null;
        }
        JsonFields chapters = step.child("chapters", json);
        String sv = chapters.string("sv");
        String en = chapters.optionalString("en").orElse(null);
        String svText = sv == null ? null : readChapterFile(chapters, folder, sv, film);
        String enText = en == null ? null : readChapterFile(chapters, folder, en, film);
        return svText == null ? null : new LocalizedText(svText, enText);
    }

    private String readChapterFile(JsonFields fields, String folder, String name, FilmSpec film) {
        String path = existingFile(fields, folder, name, "chapters", Set.of("vtt"));
        String text = path == null ? null : readText(path);
        if (text == null) {
            return null;
        }
        TrackRules.Checked checked = TrackRules.chapters(text, film == null ? 0 : film.durationSeconds());
        checked.problems().forEach(p -> problems.add(path + ": " + p.english()));
        return checked.usable() ? text : null;
    }

    private LocalizedText readTranscript(JsonFields step, String folder) {
        JsonObject json = step.object("transcript");
        if (json == null) {
            return null;
        }
        JsonFields transcript = step.child("transcript", json);
        String sv = transcript.string("sv");
        String en = transcript.optionalString("en").orElse(null);
        String svText = sv == null ? null : readReferencedText(transcript, folder, sv, "transcript");
        String enText = en == null ? null : readReferencedText(transcript, folder, en, "transcript");
        return svText == null ? null : new LocalizedText(svText, enText);
    }

    private String readReferencedText(JsonFields fields, String folder, String name, String what) {
        String path = existingFile(fields, folder, name, what, Set.of("md", "txt"));
        if (path == null) {
            return null;
        }
        String text = readText(path);
        if (text != null && text.isBlank()) {
            problems.add(path + ": is empty");
            return null;
        }
        return text;
    }

    private List<QuestionSpec> readQuestions(String folder, String name, int questionsPerTest) {
        String path = cleanRelative(folder + "/" + name);
        JsonObject json = path == null ? null : readJson(path);
        if (json == null) {
            if (path == null) {
                problems.add(folder + "/step.json: \"questions\" must name a file inside the package");
            }
            return List.of();
        }
        JsonFields bank = new JsonFields(path, "", json, problems);
        List<QuestionSpec> questions = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        var array = bank.array("questions");
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonObject qJson)) {
                bank.problem("questions[" + i + "] must be an object");
                continue;
            }
            String id = qJson.get("id") instanceof JsonString s ? s.getString() : "number " + (i + 1);
            JsonFields q = bank.child("question \"" + id + "\"", qJson);
            String key = q.slug("id");
            if (key != null && !keys.add(key)) {
                q.problem("the id is used by another question");
            }
            String type = q.string("type");
            if (type != null && !type.equals("single") && !type.equals("multiple")) {
                q.problem("\"type\" must be \"single\" or \"multiple\"");
            }
            LocalizedText text = q.text("text");
            LocalizedText explanation = q.text("explanation");
            List<ChoiceSpec> choices = readChoices(q);
            QuestionRules.rightAnswers(
                            "multiple".equals(type),
                            choices.stream().map(ChoiceSpec::correct).toList())
                    .ifPresent(p -> q.problem(p.english()));
            questions.add(new QuestionSpec(key, "multiple".equals(type), text, choices, explanation));
        }
        if (questions.size() < questionsPerTest) {
            bank.problem("the bank has " + questions.size() + " questions but a test draws " + questionsPerTest);
        }
        return List.copyOf(questions);
    }

    private List<ChoiceSpec> readChoices(JsonFields question) {
        List<ChoiceSpec> choices = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        var array = question.array("choices");
        QuestionRules.choiceCount(array.size()).ifPresent(p -> question.problem(p.english()));
        for (JsonValue value : array) {
            if (!(value instanceof JsonObject json)) {
                question.problem("every choice must be an object");
                continue;
            }
            JsonFields choice = question.child("choice", json);
            String key = choice.slug("id");
            if (key != null && !keys.add(key)) {
                choice.problem("the choice id \"" + key + "\" is used twice");
            }
            LocalizedText text = choice.text("text");
            choices.add(new ChoiceSpec(key, text, choice.bool("correct", false)));
        }
        return choices;
    }

    /** Checks that {@code name} in {@code folder} is an existing file of an allowed type; returns its package path. */
    private String existingFile(JsonFields fields, String folder, String name, String what, Set<String> extensions) {
        String path = cleanRelative(folder + "/" + name);
        if (path == null) {
            fields.problem("the " + what + " \"" + name + "\" must be a file inside the package");
            return null;
        }
        if (!extensions.contains(extension(path))) {
            fields.problem("the " + what + " \"" + name + "\" must be one of: ."
                    + String.join(", .", extensions.stream().sorted().toList()));
            return null;
        }
        if (!Files.isRegularFile(root.resolve(path))) {
            fields.problem("the " + what + " file " + path + " does not exist");
            return null;
        }
        return path;
    }

    private JsonObject readJson(String path) {
        if (!Files.isRegularFile(root.resolve(path))) {
            problems.add(path + ": the file does not exist");
            return null;
        }
        String text = readText(path);
        if (text == null) {
            return null;
        }
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        } catch (JsonParsingException e) {
            var location = e.getLocation();
            problems.add(path + ": not valid JSON at line " + location.getLineNumber() + ", column "
                    + location.getColumnNumber() + " (" + e.getMessage() + ")");
        } catch (JsonException e) {
            problems.add(path + ": not a JSON object (" + e.getMessage() + ")");
        }
        return null;
    }

    private String readText(String path) {
        try {
            byte[] bytes = Files.readAllBytes(root.resolve(path));
            feed(path);
            fingerprint.update(bytes);
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            problems.add(path + ": is not UTF-8 text");
        } catch (IOException e) {
            problems.add(path + ": cannot be read (" + e.getMessage() + ")");
        }
        return null;
    }

    /** A normalised relative path with forward slashes, or null when it would leave the package. */
    private String cleanRelative(String path) {
        if (path.isBlank() || path.startsWith("/") || path.contains("\\")) {
            return null;
        }
        Path resolved = root.resolve(path).normalize();
        if (!resolved.startsWith(root) || resolved.equals(root)) {
            return null;
        }
        return root.relativize(resolved).toString().replace(java.io.File.separatorChar, '/');
    }

    private void feed(String text) {
        fingerprint.update(text.getBytes(StandardCharsets.UTF_8));
        fingerprint.update((byte) 0);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    private InvalidCoursePackageException invalid() {
        return new InvalidCoursePackageException(root.toString(), problems);
    }
}
