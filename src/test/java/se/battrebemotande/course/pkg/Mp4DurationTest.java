package se.battrebemotande.course.pkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Mp4DurationTest {

    @Test
    void readsTheDurationFromTheMovieHeader() throws IOException {
        assertEquals(
                8.0,
                Mp4Duration.of(Path.of("src/test/resources/course-package/del-a/steg-ett/film.mp4"))
                        .orElseThrow(),
                0.05);
    }

    @Test
    void aFileWithoutAMovieHeaderHasNoDuration(@TempDir Path dir) throws IOException {
        Path notAFilm = dir.resolve("film.mp4");
        Files.writeString(notAFilm, "this is not a film at all, just some text");
        assertTrue(Mp4Duration.of(notAFilm).isEmpty());
    }
}
