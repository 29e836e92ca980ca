package se.battrebemotande.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Course packages as zip files, changed the way an administrator would change an export. */
final class PackageZips {
    private PackageZips() {}

    /** The zip with one text replaced in one of its files; fails if the file does not hold the text. */
    static byte[] edited(byte[] zip, String file, String from, String to) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean found = false;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals(file)) {
                    String text = new String(bytes, StandardCharsets.UTF_8);
                    found = text.contains(from);
                    bytes = text.replace(from, to).getBytes(StandardCharsets.UTF_8);
                }
                copy.putNextEntry(new ZipEntry(e.getName()));
                copy.write(bytes);
                copy.closeEntry();
            }
        }
        assertTrue(found, file + " holds " + from);
        return out.toByteArray();
    }

    static void unzip(byte[] zip, Path folder) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                Path target = folder.resolve(e.getName());
                Files.createDirectories(target.getParent());
                Files.copy(in, target);
            }
        }
    }
}
