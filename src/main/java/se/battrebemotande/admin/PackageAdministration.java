package se.battrebemotande.admin;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import se.battrebemotande.account.Account;
import se.battrebemotande.course.CourseExport;
import se.battrebemotande.course.CourseImporter;
import se.battrebemotande.course.MediaFiles;
import se.battrebemotande.course.StagedPackages;
import se.battrebemotande.course.StagedPackages.RefusedUploadException;
import se.battrebemotande.course.pkg.CoursePackage;
import se.battrebemotande.course.pkg.CoursePackageReader;
import se.battrebemotande.course.pkg.InvalidCoursePackageException;
import se.battrebemotande.course.pkg.PackageChanges;

/**
 * The course as a package: the live course exported, and a package (uploaded, or the one in the
 * server's package folder) previewed against the live course and imported on an administrator's
 * word, under the database's import lock, with an audit entry listing what changed.
 */
@Stateless
public class PackageAdministration {
    @Inject
    Audit audit;

    @Inject
    CourseExport export;

    @Inject
    CourseImporter importer;

    @Inject
    StagedPackages staged;

    @Inject
    MediaFiles files;

    /** A package read and compared with the live course; {@code otherCourse} when it is another course. */
    public record Preview(CoursePackage incoming, PackageChanges changes, boolean otherCourse) {}

    /** Where a package to import lies: an upload's staging token, or null for the package folder. */
    public record Source(String token) {
        public static final Source FOLDER = new Source(null);

        public boolean folder() {
            return token == null;
        }
    }

    public CoursePackage live(long actorId) {
        audit.administrator(actorId);
        return export.live();
    }

    /** Reads and compares a package; throws the reader's problems when it is not valid. */
    public Preview preview(long actorId, Source source) {
        audit.administrator(actorId);
        return preview(root(source));
    }

    /** Unpacks an uploaded zip to be previewed; answers its token. */
    public Source stage(long actorId, InputStream zip) {
        audit.administrator(actorId);
        try {
            return new Source(staged.stage(zip));
        } catch (RefusedUploadException e) {
            throw new PackageRefusedException(e.key(), List.of());
        }
    }

    public CourseImporter.Outcome importPackage(long actorId, Source source) {
        Account actor = audit.administrator(actorId);
        Preview preview = preview(root(source));
        if (preview.otherCourse()) {
            throw new PackageRefusedException("import.otherCourse", List.of());
        }
        String prefix;
        try {
            prefix = source.folder() ? "" : staged.keep(source.token());
        } catch (RefusedUploadException e) {
            throw new PackageRefusedException(e.key(), List.of());
        }
        CourseImporter.Outcome outcome = importer.importPackage(preview.incoming(), prefix);
        audit.record(
                actor,
                AuditAction.PACKAGE_IMPORTED,
                preview.incoming().slug(),
                (source.folder() ? "package folder" : "uploaded package " + source.token()) + ": "
                        + preview.changes().changes().size() + " changes, " + outcome,
                null,
                describe(preview.changes()));
        return outcome;
    }

    public void discard(long actorId, Source source) {
        audit.administrator(actorId);
        if (!source.folder()) {
            staged.discard(source.token());
        }
    }

    private Path root(Source source) {
        return source.folder()
                ? files.packageRoot()
                : staged.staged(source.token())
                        .orElseThrow(() -> new PackageRefusedException("import.gone", List.of()));
    }

    private Preview preview(Path root) {
        CoursePackage incoming;
        try {
            incoming = CoursePackageReader.read(root);
        } catch (InvalidCoursePackageException e) {
            throw new PackageRefusedException("import.invalid", e.problems());
        }
        CoursePackage live = export.live();
        PackageChanges changes = PackageChanges.between(live, incoming, (livePath, incomingPath) -> {
            Optional<Path> before = files.resolve(livePath);
            return before.isPresent() && same(before.get(), root.resolve(incomingPath));
        });
        return new Preview(incoming, changes, !live.slug().equals(incoming.slug()));
    }

    private static boolean same(Path a, Path b) {
        try {
            return a.equals(b)
                    || (Files.size(a) == Files.size(b) && MediaFiles.sha256(a).equals(MediaFiles.sha256(b)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(PackageChanges changes) {
        String text = changes.changes().stream()
                .map(c -> c.kind() + " " + c.level() + " " + c.where()
                        + (c.fields().isEmpty() ? "" : " " + c.fields()))
                .collect(Collectors.joining("\n"));
        return text.length() > 3900 ? text.substring(0, 3899) + "…" : text;
    }
}
