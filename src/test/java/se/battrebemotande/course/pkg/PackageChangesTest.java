package se.battrebemotande.course.pkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.battrebemotande.course.pkg.PackageChanges.Change;
import se.battrebemotande.course.pkg.PackageChanges.Kind;
import se.battrebemotande.course.pkg.PackageChanges.Level;

/** A package written by {@link CoursePackageWriter} reads back the same; each kind of edit shows as one change. */
class PackageChangesTest {
    @TempDir
    Path dir;

    private Path live;
    private Path edited;

    @BeforeEach
    void copyFixture() throws IOException {
        live = copy(CoursePackageReaderTest.FIXTURE, dir.resolve("live"));
        edited = copy(CoursePackageReaderTest.FIXTURE, dir.resolve("edited"));
    }

    private PackageChanges changes() {
        return PackageChanges.between(
                CoursePackageReader.read(live), CoursePackageReader.read(edited), this::sameBytes);
    }

    private boolean sameBytes(String livePath, String editedPath) {
        try {
            return Arrays.equals(
                    Files.readAllBytes(live.resolve(livePath)), Files.readAllBytes(edited.resolve(editedPath)));
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void theSamePackageChangesNothing() {
        assertTrue(changes().isEmpty(), () -> changes().toString());
    }

    @Test
    void aWrittenPackageReadsBackWithoutAChange() throws IOException {
        Path zip = dir.resolve("export.zip");
        try (OutputStream out = Files.newOutputStream(zip)) {
            CoursePackageWriter.write(CoursePackageReader.read(live), live::resolve, out);
        }
        edited = unzip(zip, dir.resolve("unzipped"));

        PackageChanges changes = changes();

        assertTrue(changes.isEmpty(), () -> changes.toString());
        assertTrue(Files.isRegularFile(edited.resolve("del-a/steg-ett/film.mp4")));
    }

    @Test
    void anEditedStepTitleAndTranscriptAreOneStepChange() throws IOException {
        replace("del-a/steg-ett/step.json", "\"Steg ett\"", "\"Steg ett, omarbetat\"");
        Files.writeString(edited.resolve("del-a/steg-ett/transcript.sv.md"), "Ett nytt manus.\n");

        List<Change> changes = changes().changes();

        assertEquals(1, changes.size(), changes::toString);
        Change change = changes.get(0);
        assertEquals(Level.STEP, change.level());
        assertEquals(Kind.CHANGED, change.kind());
        assertEquals("del-a/steg-ett", change.where());
        assertEquals(List.of("title", "transcript"), change.fields());
        assertEquals("Steg ett, omarbetat", change.title().sv());
    }

    @Test
    void aNewFilmIsSeenByItsBytesNotItsName() throws IOException {
        byte[] film = Files.readAllBytes(edited.resolve("del-b/steg-tva/film.mp4"));
        film[film.length - 1] ^= 1;
        Files.write(edited.resolve("del-b/steg-tva/film.mp4"), film);

        PackageChanges changes = changes();

        assertEquals(1, changes.count(Level.STEP, Kind.CHANGED), changes::toString);
        assertEquals(List.of("film"), changes.changes().get(0).fields());
    }

    @Test
    void aQuestionRewordedIsChangedAndOneLeftOutIsRetired() throws IOException {
        replace("del-a/steg-ett/questions.json", "Fråga 1: vilket svar är rätt?", "Fråga 1, ny lydelse?");
        Files.writeString(
                edited.resolve("del-a/steg-ett/questions.json"),
                Files.readString(edited.resolve("del-a/steg-ett/questions.json"))
                        .replace("\"id\": \"fraga-2\"", "\"id\": \"fraga-2-ny\""));

        PackageChanges changes = changes();

        assertEquals(1, changes.count(Level.QUESTION, Kind.CHANGED), changes::toString);
        assertEquals(1, changes.count(Level.QUESTION, Kind.ADDED), changes::toString);
        assertEquals(1, changes.count(Level.QUESTION, Kind.RETIRED), changes::toString);
        Change reworded = changes.changes().stream()
                .filter(c -> c.kind() == Kind.CHANGED)
                .findFirst()
                .orElseThrow();
        assertEquals("del-a/steg-ett/fraga-1", reworded.where());
        assertEquals(List.of("text"), reworded.fields());
    }

    @Test
    void aPartLeftOutIsRetiredWithTheCourseOrder() throws IOException {
        String course = Files.readString(edited.resolve("course.json"));
        int c = course.indexOf("\"slug\": \"del-c\"");
        int start = course.lastIndexOf('{', c);
        int end = course.indexOf('}', course.indexOf(']', c)) + 1;
        String without = course.substring(0, start).stripTrailing();
        without = without.substring(0, without.length() - 1) + course.substring(end);
        Files.writeString(edited.resolve("course.json"), without);

        PackageChanges changes = changes();

        assertEquals(1, changes.count(Level.PART, Kind.RETIRED), changes::toString);
        assertEquals(1, changes.count(Level.COURSE, Kind.CHANGED), changes::toString);
        assertEquals(List.of("order"), changes.changes().get(0).fields());
    }

    private void replace(String file, String from, String to) throws IOException {
        Path path = edited.resolve(file);
        String text = Files.readString(path);
        assertTrue(text.contains(from), from);
        Files.writeString(path, text.replace(from, to));
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return to;
    }

    private static Path unzip(Path zip, Path to) throws IOException {
        try (InputStream in = Files.newInputStream(zip);
                ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry e = entries.getNextEntry(); e != null; e = entries.getNextEntry()) {
                Path target = to.resolve(e.getName());
                Files.createDirectories(target.getParent());
                Files.copy(entries, target);
            }
        }
        return to;
    }
}
