package se.battrebemotande.course.pkg;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import se.battrebemotande.course.pkg.CoursePackage.CaptionSpec;
import se.battrebemotande.course.pkg.CoursePackage.ChoiceSpec;
import se.battrebemotande.course.pkg.CoursePackage.PartSpec;
import se.battrebemotande.course.pkg.CoursePackage.QuestionSpec;
import se.battrebemotande.course.pkg.CoursePackage.StepSpec;
import se.battrebemotande.platform.LocalizedText;

/**
 * Writes a course as a course package in a zip, in the format {@link CoursePackageReader} reads
 * (media/README.md): {@code course.json}, and per step a folder {@code <part>/<step>/} with
 * {@code step.json}, {@code questions.json}, the transcripts, chapters, captions, poster and film.
 * The media files' paths in the given package are read through {@code files}.
 */
public final class CoursePackageWriter {
    private static final Map<String, ?> PRETTY = Map.of(JsonGenerator.PRETTY_PRINTING, true);

    private CoursePackageWriter() {}

    public static void write(CoursePackage pkg, Function<String, Path> files, OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            JsonArrayBuilder parts = Json.createArrayBuilder();
            for (PartSpec part : pkg.parts()) {
                JsonArrayBuilder steps = Json.createArrayBuilder();
                for (StepSpec step : part.steps()) {
                    String folder = part.slug() + "/" + step.slug();
                    steps.add(folder);
                    writeStep(zip, folder, step, files);
                }
                JsonObjectBuilder p =
                        Json.createObjectBuilder().add("slug", part.slug()).add("title", text(part.title()));
                if (part.summary() != null) {
                    p.add("summary", text(part.summary()));
                }
                parts.add(p.add("steps", steps));
            }
            JsonObjectBuilder course = Json.createObjectBuilder()
                    .add("format", CoursePackageReader.FORMAT)
                    .add("slug", pkg.slug())
                    .add("title", text(pkg.title()));
            optional(course, "subtitle", pkg.subtitle());
            optional(course, "description", pkg.description());
            optional(course, "audience", pkg.audience());
            course.add("issuer", text(pkg.issuer())).add("parts", parts);
            entry(zip, "course.json", json(course.build()));
        }
    }

    private static void writeStep(ZipOutputStream zip, String folder, StepSpec step, Function<String, Path> files)
            throws IOException {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("slug", step.slug())
                .add("kind", step.lecture() ? "lecture" : "film")
                .add("title", text(step.title()));
        if (step.summary() != null) {
            json.add("summary", text(step.summary()));
        }
        String film = "film." + extension(step.film().file());
        json.add(
                "film",
                Json.createObjectBuilder()
                        .add("file", film)
                        .add("contentType", step.film().contentType())
                        .add("durationSeconds", step.film().durationSeconds()));
        copy(zip, folder + "/" + film, files.apply(step.film().file()));
        if (step.poster() != null) {
            String poster = "poster." + extension(step.poster());
            json.add("poster", poster);
            copy(zip, folder + "/" + poster, files.apply(step.poster()));
        }
        JsonArrayBuilder captions = Json.createArrayBuilder();
        for (CaptionSpec c : step.captions()) {
            String name = "captions." + c.lang() + ".vtt";
            captions.add(Json.createObjectBuilder()
                    .add("lang", c.lang())
                    .add("label", c.label())
                    .add("file", name));
            copy(zip, folder + "/" + name, files.apply(c.file()));
        }
        json.add("captions", captions);
        json.add("transcript", files(zip, folder, "transcript", "md", step.transcript()));
        if (step.chapters() != null) {
            json.add("chapters", files(zip, folder, "chapters", "vtt", step.chapters()));
        }
        json.add("questions", "questions.json")
                .add("watchThreshold", step.watchThreshold())
                .add("questionsPerTest", step.questionsPerTest())
                .add("passMark", step.passMark());
        entry(zip, folder + "/step.json", json(json.build()));
        JsonArrayBuilder questions = Json.createArrayBuilder();
        for (QuestionSpec q : step.questions()) {
            JsonArrayBuilder choices = Json.createArrayBuilder();
            for (ChoiceSpec c : q.choices()) {
                JsonObjectBuilder choice =
                        Json.createObjectBuilder().add("id", c.key()).add("text", text(c.text()));
                if (c.correct()) {
                    choice.add("correct", true);
                }
                choices.add(choice);
            }
            questions.add(Json.createObjectBuilder()
                    .add("id", q.key())
                    .add("type", q.multiple() ? "multiple" : "single")
                    .add("text", text(q.text()))
                    .add("choices", choices)
                    .add("explanation", text(q.explanation())));
        }
        entry(
                zip,
                folder + "/questions.json",
                json(Json.createObjectBuilder().add("questions", questions).build()));
    }

    /** A localised text kept in one file per language; returns the step.json object naming them. */
    private static JsonObjectBuilder files(
            ZipOutputStream zip, String folder, String name, String extension, LocalizedText text) throws IOException {
        JsonObjectBuilder names = Json.createObjectBuilder();
        String sv = name + ".sv." + extension;
        names.add("sv", sv);
        entry(zip, folder + "/" + sv, text.sv().getBytes(StandardCharsets.UTF_8));
        if (text.en() != null) {
            String en = name + ".en." + extension;
            names.add("en", en);
            entry(zip, folder + "/" + en, text.en().getBytes(StandardCharsets.UTF_8));
        }
        return names;
    }

    private static JsonObjectBuilder text(LocalizedText text) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("sv", text.sv());
        if (text.en() != null) {
            json.add("en", text.en());
        }
        return json;
    }

    private static void optional(JsonObjectBuilder json, String name, LocalizedText text) {
        if (text != null) {
            json.add(name, text(text));
        }
    }

    private static byte[] json(JsonObject object) {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = Json.createGeneratorFactory(PRETTY).createGenerator(text)) {
            generator.write(object);
        }
        return (text.toString().strip() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    private static void copy(ZipOutputStream zip, String name, Path file) throws IOException {
        if (file == null) {
            throw new IOException("The course names a media file that is missing: " + name);
        }
        ZipEntry entry = new ZipEntry(name);
        if (name.endsWith(".mp4") || name.endsWith(".jpg") || name.endsWith(".png") || name.endsWith(".webp")) {
            // Already compressed: stored as is, which is faster and no larger.
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(Files.size(file));
            entry.setCompressedSize(Files.size(file));
            entry.setCrc(crc(file));
        }
        zip.putNextEntry(entry);
        Files.copy(file, zip);
        zip.closeEntry();
    }

    private static long crc(Path file) throws IOException {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        try (var in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                crc.update(buffer, 0, n);
            }
        }
        return crc.getValue();
    }

    private static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** For tests: the bytes of a package written to memory. */
    static byte[] toBytes(CoursePackage pkg, Function<String, Path> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(pkg, files, out);
        return out.toByteArray();
    }
}
