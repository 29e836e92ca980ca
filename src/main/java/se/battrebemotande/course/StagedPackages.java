package se.battrebemotande.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Course packages uploaded as zip files, unpacked into the upload folder's {@code staging/<token>/}
 * to be previewed, and moved to {@code packages/<token>/} when imported, where the live course then
 * finds their media ({@link MediaFiles}). A zip may hold the package at its top or inside one
 * folder. Unpacking refuses entries that would leave the folder and stops at the size limit, so a
 * zip bomb fills nothing. Staged packages not imported within a day are removed at the next upload.
 */
@ApplicationScoped
public class StagedPackages {
    private static final Pattern TOKEN = Pattern.compile("[0-9a-f]{32}");
    private static final int MAX_ENTRIES = 10_000;
    private static final Duration KEPT = Duration.ofDays(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Why an upload is not a package that can be unpacked; {@link #key} names its text. */
    public static class RefusedUploadException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String key;

        public RefusedUploadException(String key) {
            super(key);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    @Inject
    MediaFiles files;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "media.max-package-megabytes", defaultValue = "2048")
    long maxPackageMegabytes;

    /** Unpacks an uploaded zip into a new staging folder; returns its token. */
    public String stage(InputStream zip) {
        removeStale();
        String token = HexFormat.of().formatHex(randomBytes());
        Path folder = files.uploadFolder("staging/" + token);
        try {
            unpack(zip, folder, maxPackageMegabytes * 1024 * 1024);
        } catch (RefusedUploadException | UncheckedIOException e) {
            delete(folder);
            throw e;
        }
        return token;
    }

    /** The root of a staged package (the folder holding {@code course.json}), if the token names one. */
    public Optional<Path> staged(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        Path folder = files.uploadRoot().resolve("staging").resolve(token);
        return Files.isDirectory(folder) ? Optional.of(rootOf(folder)) : Optional.empty();
    }

    /**
     * Moves a staged package to where imported packages are kept, and answers the course path
     * prefix of its files (to put before each path of the package).
     */
    public String keep(String token) {
        Path staged = staged(token).orElseThrow(() -> new RefusedUploadException("import.gone"));
        Path folder = files.uploadRoot().resolve("staging").resolve(token);
        Path kept = files.uploadFolder("packages").resolve(token);
        try {
            Files.move(folder, kept);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path root = kept.resolve(folder.relativize(staged).toString());
        return files.pathOf(root.resolve("course.json")).replaceFirst("course\\.json$", "");
    }

    public void discard(String token) {
        if (token != null && TOKEN.matcher(token).matches()) {
            delete(files.uploadRoot().resolve("staging").resolve(token));
        }
    }

    static void unpack(InputStream in, Path folder, long maxBytes) {
        long total = 0;
        int entries = 0;
        boolean any = false;
        try (ZipInputStream zip = new ZipInputStream(in)) {
            byte[] buffer = new byte[64 * 1024];
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new RefusedUploadException("import.tooManyFiles");
                }
                Path target = folder.resolve(entry.getName()).normalize();
                if (entry.getName().contains("\\") || !target.startsWith(folder) || target.equals(folder)) {
                    throw new RefusedUploadException("import.unsafe");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (OutputStream out = Files.newOutputStream(target)) {
                    for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                        total += n;
                        if (total > maxBytes) {
                            throw new RefusedUploadException("import.tooLarge");
                        }
                        out.write(buffer, 0, n);
                    }
                }
                any = true;
            }
        } catch (ZipException e) {
            throw new RefusedUploadException("import.notZip");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!any) {
            throw new RefusedUploadException("import.notZip");
        }
    }

    /** The folder itself, or its only subfolder when the package was zipped inside one. */
    static Path rootOf(Path folder) {
        if (Files.isRegularFile(folder.resolve("course.json"))) {
            return folder;
        }
        try (Stream<Path> children = Files.list(folder)) {
            List<Path> all = children.filter(p -> !p.getFileName().toString().startsWith("__MACOSX"))
                    .toList();
            if (all.size() == 1 && Files.isDirectory(all.get(0))) {
                return all.get(0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    private void removeStale() {
        Path staging = files.uploadFolder("staging");
        FileTime before = FileTime.from(clock.instant().minus(KEPT));
        try (Stream<Path> folders = Files.list(staging)) {
            for (Path folder : folders.toList()) {
                if (Files.getLastModifiedTime(folder).compareTo(before) < 0) {
                    delete(folder);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
