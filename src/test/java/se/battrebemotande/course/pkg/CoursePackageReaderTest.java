package se.battrebemotande.course.pkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.battrebemotande.course.pkg.CoursePackage.StepSpec;

class CoursePackageReaderTest {
    static final Path FIXTURE = Path.of("src/test/resources/course-package");

    @TempDir
    Path dir;

    @BeforeEach
    void copyFixture() throws IOException {
        try (Stream<Path> files = Files.walk(FIXTURE)) {
            files.forEach(source -> {
                try {
                    Path target = dir.resolve(FIXTURE.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private void edit(String file, UnaryOperator<String> change) throws IOException {
        Path path = dir.resolve(file);
        Files.writeString(path, change.apply(Files.readString(path)));
    }

    private List<String> problems() {
        return assertThrows(InvalidCoursePackageException.class, () -> CoursePackageReader.read(dir))
                .problems();
    }

    private void assertProblem(String expected) {
        List<String> problems = problems();
        assertTrue(
                problems.stream().anyMatch(p -> p.contains(expected)), "expected \"" + expected + "\" in " + problems);
    }

    @Test
    void readsAValidPackageWithItsDefaults() {
        CoursePackage pkg = CoursePackageReader.read(dir);
        assertEquals("testkurs", pkg.slug());
        assertEquals(3, pkg.parts().size());
        StepSpec step = pkg.parts().get(0).steps().get(0);
        assertEquals("steg-ett", step.slug());
        assertEquals("del-a/steg-ett/film.mp4", step.film().file());
        assertEquals(8.0, step.film().durationSeconds(), 1e-9);
        assertEquals(0.9, step.watchThreshold(), 1e-9);
        assertEquals(4, step.questionsPerTest());
        assertEquals(0.75, step.passMark(), 1e-9);
        assertEquals(6, step.questions().size());
        assertEquals(2, step.captions().size());
        assertTrue(step.transcript().sv().contains("å, ä och ö"));
        assertTrue(step.questions().get(4).multiple());
        assertTrue(step.chapters().sv().contains("Slutet med å, ä och ö"));
        assertTrue(pkg.parts().get(1).steps().get(0).chapters() == null, "chapters are optional");
    }

    @Test
    void chaptersMustLieInsideTheFilm() throws IOException {
        Files.writeString(
                dir.resolve("del-a/steg-ett/chapters.en.vtt"),
                "WEBVTT\n\n00:00:00.000 --> 00:00:04.000\nA\n\n00:00:09.000 --> 00:00:10.000\nToo late\n");
        assertProblem("del-a/steg-ett/chapters.en.vtt: chapter 2 starts after the end of the film");
    }

    @Test
    void theFingerprintChangesWithTheContentOnly() throws IOException {
        String before = CoursePackageReader.read(dir).fingerprint();
        assertEquals(before, CoursePackageReader.read(dir).fingerprint());
        edit("del-b/steg-tva/transcript.sv.md", s -> s + "\nEn ny mening.\n");
        assertNotEquals(before, CoursePackageReader.read(dir).fingerprint());
    }

    @Test
    void aMissingFolderIsReported() {
        List<String> problems = assertThrows(
                        InvalidCoursePackageException.class, () -> CoursePackageReader.read(dir.resolve("nowhere")))
                .problems();
        assertTrue(problems.get(0).contains("does not exist"));
    }

    @Test
    void brokenJsonNamesTheFileAndLine() throws IOException {
        edit("del-a/steg-ett/step.json", s -> s.replaceFirst("\"slug\"", "slug"));
        assertProblem("del-a/steg-ett/step.json: not valid JSON at line 2");
    }

    @Test
    void aMissingFileIsNamed() throws IOException {
        Files.delete(dir.resolve("del-b/steg-tva/captions.sv.vtt"));
        assertProblem(
                "del-b/steg-tva/step.json: captions: the captions file del-b/steg-tva/captions.sv.vtt does not exist");
    }

    @Test
    void aFilmOfAnotherLengthIsReported() throws IOException {
        edit("del-c/steg-tre/step.json", s -> s.replace("8.0", "95.5"));
        assertProblem("del-c/steg-tre/film.mp4: the film lasts 8.0 s but del-c/steg-tre/step.json says 95.5 s");
    }

    @Test
    void captionsMustBeWebVttInsideTheFilmAndInOrder() throws IOException {
        Files.writeString(dir.resolve("del-a/steg-ett/captions.en.vtt"), "1\n00:00:01,000 --> 00:00:02,000\nSRT\n");
        Files.writeString(
                dir.resolve("del-a/steg-ett/captions.sv.vtt"),
                "WEBVTT\n\n00:00:05.000 --> 00:00:06.000\nB\n\n00:00:01.000 --> 00:00:02.000\nA\n\n00:00:07.000 --> 00:00:30.000\nC\n");
        List<String> problems = problems();
        assertTrue(
                problems.contains("del-a/steg-ett/captions.en.vtt: line 1: a WebVTT file must start with \"WEBVTT\""),
                problems.toString());
        assertTrue(
                problems.contains("del-a/steg-ett/captions.sv.vtt: cue 2 starts before the cue above it"),
                problems.toString());
        assertTrue(
                problems.contains(
                        "del-a/steg-ett/captions.sv.vtt: cue 3 ends at 30.0 s, after the end of the film (8.0 s)"),
                problems.toString());
    }

    @Test
    void everyQuestionNeedsARightAndAWrongChoice() throws IOException {
        edit("del-a/steg-ett/questions.json", s -> s.replaceFirst("\"correct\": true", "\"correct\": false"));
        assertProblem("del-a/steg-ett/questions.json: question \"fraga-1\": no right choice");
    }

    @Test
    void aSingleChoiceQuestionHasExactlyOneRightChoice() throws IOException {
        edit(
                "del-a/steg-ett/questions.json",
                s -> s.replaceFirst("(\"id\": \"fraga-2\",[\\s\\S]*?\"id\": \"b\",)", "$1 \"correct\": true,"));
        assertProblem("question \"fraga-2\": a \"single\" question must have exactly one right choice, this has 2");
    }

    @Test
    void aBankSmallerThanTheDrawIsReported() throws IOException {
        edit(
                "del-b/steg-tva/step.json",
                s -> s.replace(
                        "\"questions\": \"questions.json\"",
                        "\"questions\": \"questions.json\", \"questionsPerTest\": 9"));
        assertProblem("del-b/steg-tva/questions.json: the bank has 6 questions but a test draws 9");
    }

    @Test
    void slugsMustBeUniqueAndSafe() throws IOException {
        edit(
                "course.json",
                s -> s.replace("\"slug\": \"del-b\"", "\"slug\": \"del-a\"").replace("\"del-c\"", "\"Del C!\""));
        List<String> problems = problems();
        assertTrue(
                problems.stream().anyMatch(p -> p.contains("the slug \"del-a\" is used by another part")),
                problems.toString());
        assertTrue(
                problems.stream().anyMatch(p -> p.contains("may hold only a-z, 0-9 and single hyphens")),
                problems.toString());
    }

    @Test
    void filesOutsideThePackageAreRefused() throws IOException {
        edit("del-a/steg-ett/step.json", s -> s.replace("\"poster.jpg\"", "\"../../../../etc/passwd.jpg\""));
        assertProblem("the poster \"../../../../etc/passwd.jpg\" must be a file inside the package");
    }

    @Test
    void everyProblemIsReportedAtOnce() throws IOException {
        edit("del-a/steg-ett/questions.json", s -> s.replaceFirst("\"correct\": true", "\"correct\": false"));
        Files.delete(dir.resolve("del-c/steg-tre/poster.jpg"));
        edit("course.json", s -> s.replace("\"format\": 1", "\"format\": 2"));
        InvalidCoursePackageException e =
                assertThrows(InvalidCoursePackageException.class, () -> CoursePackageReader.read(dir));
        assertEquals(3, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("(3 problems)"));
    }
}
