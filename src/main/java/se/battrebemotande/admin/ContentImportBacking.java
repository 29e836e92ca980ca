package se.battrebemotande.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import se.battrebemotande.account.CurrentUser;
import se.battrebemotande.admin.PackageAdministration.Preview;
import se.battrebemotande.admin.PackageAdministration.Source;
import se.battrebemotande.course.CourseImporter;
import se.battrebemotande.course.MediaFiles;
import se.battrebemotande.course.pkg.PackageChanges;
import se.battrebemotande.web.Texts;

/**
 * {@code /admin/content/import}: upload a course package, or take the one in the server's package
 * folder, see what it would change in the live course, and import it or let it go.
 */
@Named
@RequestScoped
public class ContentImportBacking {
    private static final Set<String> REFUSALS =
            Set.of("nothing", "notZip", "unsafe", "tooLarge", "tooManyFiles", "unreadable", "gone");

    @Inject
    PackageAdministration packages;

    @Inject
    CurrentUser user;

    @Inject
    Texts texts;

    @Inject
    MediaFiles files;

    @Inject
    @Param(name = "package")
    String token;

    @Inject
    @Param(name = "source")
    String sourceParameter;

    @Inject
    @Param(name = "refused")
    String refusedParameter;

    @Inject
    @ConfigProperty(name = "media.max-package-megabytes", defaultValue = "2048")
    long maxPackageMegabytes;

    private Source source;
    private Preview preview;
    private String refusal;
    private List<String> problems = List.of();

    /** A count of changes of one kind, for the summary line. */
    public record Tally(PackageChanges.Level level, PackageChanges.Kind kind, long count) {}

    @PostConstruct
    void load() {
        packages.live(user.id());
        if (token != null) {
            source = new Source(token);
        } else if ("folder".equals(sourceParameter)) {
            source = Source.FOLDER;
        }
        if (refusedParameter != null && REFUSALS.contains(refusedParameter)) {
            refusal = texts.get("import." + refusedParameter, packageLimit());
        }
        if (source == null) {
            return;
        }
        try {
            preview = packages.preview(user.id(), source);
        } catch (PackageRefusedException e) {
            refusal = texts.get(e.key(), packageLimit());
            problems = e.problems();
            source = null;
        }
    }

    private long packageLimit() {
        return maxPackageMegabytes;
    }

    public void confirm() throws IOException {
        if (!isImportable()) {
            return;
        }
        try {
            CourseImporter.Outcome outcome = packages.importPackage(user.id(), source);
            Messages.addFlashGlobalInfo(
                    outcome == CourseImporter.Outcome.UNCHANGED
                            ? texts.get("import.done.unchanged")
                            : texts.get(
                                    "import.done", preview.changes().changes().size()));
            Faces.redirect("admin/content");
        } catch (PackageRefusedException e) {
            Messages.addGlobalError(texts.get(e.key(), packageLimit()));
        }
    }

    public void cancel() throws IOException {
        if (source != null) {
            packages.discard(user.id(), source);
        }
        Faces.redirect("admin/content/import");
    }

    public Preview getPreview() {
        return preview;
    }

    /** The previewed package says what the course says already. */
    public boolean isNothingToImport() {
        return preview != null && preview.changes().isEmpty();
    }

    /** The previewed package is this course's and changes something. */
    public boolean isImportable() {
        return preview != null && !preview.otherCourse() && !preview.changes().isEmpty();
    }

    public boolean isFromFolder() {
        return source != null && source.folder();
    }

    public String getRefusal() {
        return refusal;
    }

    public List<String> getProblems() {
        return problems;
    }

    public String getFolder() {
        return files.packageRoot().toString();
    }

    public long getMaxMegabytes() {
        return packageLimit();
    }

    /** How many parts, steps and questions are added, changed and retired, those with any. */
    public List<Tally> getTallies() {
        List<Tally> tallies = new ArrayList<>();
        for (PackageChanges.Level level : PackageChanges.Level.values()) {
            for (PackageChanges.Kind kind : PackageChanges.Kind.values()) {
                long n = preview.changes().count(level, kind);
                if (n > 0) {
                    tallies.add(new Tally(level, kind, n));
                }
            }
        }
        return tallies;
    }

    /** The changed fields of a change in the page's language, comma separated. */
    public String fields(PackageChanges.Change change) {
        return String.join(
                ", ",
                change.fields().stream()
                        .map(f -> texts.get("import.field." + f))
                        .toList());
    }
}
