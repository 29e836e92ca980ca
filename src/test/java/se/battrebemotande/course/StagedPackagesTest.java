package se.battrebemotande.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.battrebemotande.course.StagedPackages.RefusedUploadException;

/** Unpacking an uploaded package zip: inside its folder, within its size, at its top or in one folder. */
class StagedPackagesTest {
    @TempDir
    Path dir;

    private static byte[] zip(String... namesAndContents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private RefusedUploadException refused(byte[] zip, long max) {
        Path folder = dir.resolve("staged");
        return assertThrows(
                RefusedUploadException.class, () -> StagedPackages.unpack(new ByteArrayInputStream(zip), folder, max));
    }

    @Test
    void aPackageInsideOneFolderIsFoundThere() throws IOException {
        Path folder = dir.resolve("staged");
        StagedPackages.unpack(
                new ByteArrayInputStream(zip("kurs/course.json", "{}", "kurs/del/steg/step.json", "{}")), folder, 1000);
        assertEquals(folder.resolve("kurs"), StagedPackages.rootOf(folder));
        assertEquals("{}", Files.readString(folder.resolve("kurs/del/steg/step.json")));
    }

    @Test
    void aPackageAtTheTopIsFoundThere() throws IOException {
        Path folder = dir.resolve("staged");
        StagedPackages.unpack(new ByteArrayInputStream(zip("course.json", "{}")), folder, 1000);
        assertEquals(folder, StagedPackages.rootOf(folder));
    }

    @Test
    void anEntryLeavingTheFolderIsRefusedAndWritesNothingOutside() throws IOException {
        assertEquals("import.unsafe", refused(zip("../utanfor.txt", "x"), 1000).key());
        assertFalse(Files.exists(dir.resolve("utanfor.txt")));
    }

    @Test
    void unpackingStopsAtTheSizeLimit() throws IOException {
        assertEquals(
                "import.tooLarge",
                refused(zip("course.json", "x".repeat(5000)), 1000).key());
    }

    @Test
    void somethingElseThanAZipIsRefused() {
        assertEquals(
                "import.notZip",
                refused("inte en zip".getBytes(StandardCharsets.UTF_8), 1000).key());
        assertEquals("import.notZip", refused(new byte[0], 1000).key());
    }
}
