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
import se.battrebemotande.course.pkg.CoursePackage;
import se.battrebemotande.course.pkg.CoursePackageReader;

/**
 * Loads the course package at start-up, after the schema is migrated. A package that does not
 * validate stops the deployment with the list of its problems: the app never runs half-loaded.
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

    @PostConstruct
    void load() {
        Path dir = catalog.packageDir();
        long started = System.nanoTime();
        CoursePackage pkg = CoursePackageReader.read(dir);
        CourseImporter.Outcome outcome = importer.importPackage(pkg);
        catalog.reload();
        LOG.info(() -> String.format("Course package %s: %s (%d parts, %d steps) in %d ms", dir, outcome,
                pkg.parts().size(), pkg.parts().stream().mapToInt(p -> p.steps().size()).sum(),
                (System.nanoTime() - started) / 1_000_000));
    }
}
