package se.battrebemotande.course;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.battrebemotande.course.pkg.CoursePackage;
import se.battrebemotande.course.pkg.CoursePackageReader;
import se.battrebemotande.course.pkg.InvalidCoursePackageException;
import se.battrebemotande.platform.StartupFailure;

/**
 * Seeds the course from the course package at the first start, after the schema is migrated; later
 * starts only check the package and say whether it differs from the live course. A package that does not
 * validate stops the deployment with the list of its problems: the app never runs half-loaded
 * (see {@link StartupFailure}).
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CoursePackageLoader {
    private static final Logger LOG = Logger.getLogger(CoursePackageLoader.class.getName());

    @Inject
    CourseImporter importer;

    @Inject
    CourseCatalog catalog;

    @Inject
    MediaFiles files;

    @Inject
    @ConfigProperty(name = "app.exit-on-startup-failure", defaultValue = "true")
    boolean exitOnFailure;

    @PostConstruct
    void load() {
        Path dir = files.packageRoot();
        long started = System.nanoTime();
        CoursePackage pkg;
        try {
            pkg = CoursePackageReader.read(dir);
        } catch (InvalidCoursePackageException e) {
            StartupFailure.report(
                    LOG,
                    e.getMessage(),
                    "Fix the course package (see media/README.md) and start again.",
                    exitOnFailure);
            throw e;
        }
        CourseImporter.Outcome outcome = importer.seed(pkg);
        catalog.reload();
        if (outcome == CourseImporter.Outcome.DIFFERS) {
            LOG.info(() -> "The course package in " + dir + " differs from the live course, which administrators may"
                    + " have edited; it is not imported by itself. An administrator can import it, with a preview"
                    + " of what changes, under /admin/content.");
        }
        LOG.info(() -> String.format(
                "Course package %s: %s (%d parts, %d steps) in %d ms",
                dir,
                outcome,
                pkg.parts().size(),
                pkg.parts().stream().mapToInt(p -> p.steps().size()).sum(),
                (System.nanoTime() - started) / 1_000_000));
    }
}
