package se.battrebemotande.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the course's films, captions and posters are kept. A step names each file by a path: one
 * starting with {@value #UPLOADS} lies in the upload folder ({@code media.upload.dir}), where
 * administrators' uploads and imported packages are kept; any other lies in the course package
 * folder the course was seeded from ({@code course.package.dir}). With more than one server, the
 * upload folder must be shared by all of them (README, "Configuration").
 */
@ApplicationScoped
public class MediaFiles {
    public static final String UPLOADS = "uploads/";

    @Inject
    @ConfigProperty(name = "course.package.dir", defaultValue = "media")
    String packageDir;

    @Inject
    @ConfigProperty(name = "media.upload.dir", defaultValue = "data/uploads")
    String uploadDir;

    /** The folder the course package is read from. */
    public Path packageRoot() {
        return Path.of(packageDir).toAbsolutePath().normalize();
    }

    /** The folder uploads are kept in. */
    public Path uploadRoot() {
        return Path.of(uploadDir).toAbsolutePath().normalize();
    }

    /** The file a course path names, if it is a regular file inside its folder. */
    public Optional<Path> resolve(String path) {
        if (path == null || path.isBlank() || path.contains("\\") || path.startsWith("/")) {
            return Optional.empty();
        }
        boolean uploaded = path.startsWith(UPLOADS);
        Path root = uploaded ? uploadRoot() : packageRoot();
        Path file =
                root.resolve(uploaded ? path.substring(UPLOADS.length()) : path).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(file);
    }

    /** A folder of the upload folder, created if missing, and its course path prefix. */
    public Path uploadFolder(String relative) {
        Path folder = uploadRoot().resolve(relative).normalize();
        if (!folder.startsWith(uploadRoot())) {
            throw new IllegalArgumentException("Not inside the upload folder: " + relative);
        }
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The course path of a file inside the upload folder. */
    public String pathOf(Path uploaded) {
        Path file = uploaded.toAbsolutePath().normalize();
        if (!file.startsWith(uploadRoot())) {
            throw new IllegalArgumentException("Not inside the upload folder: " + uploaded);
        }
        return UPLOADS + uploadRoot().relativize(file).toString().replace('\\', '/');
    }

    /**
     * Keeps a checked file for good: moved into {@code steps/<step>/} of the upload folder under a
     * name made of its content's hash, so a replaced file never changes under a learner who is
     * watching it, and the same upload twice is kept once. Returns its course path.
     */
    public String keep(Path checked, long stepId, String kind, String extension) {
        String name = kind + "-" + sha256(checked).substring(0, 16) + "." + extension;
        Path target = uploadFolder("steps/" + stepId).resolve(name);
        try {
            if (Files.exists(target)) {
                Files.delete(checked);
            } else {
                Files.move(checked, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pathOf(target);
    }

    /** A new empty file in the upload folder's {@code incoming/}, for an upload being checked. */
    public Path incoming(String extension) {
        try {
            return Files.createTempFile(uploadFolder("incoming"), "upload-", "." + extension);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The hex SHA-256 of a file's bytes. */
    public static String sha256(Path file) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
