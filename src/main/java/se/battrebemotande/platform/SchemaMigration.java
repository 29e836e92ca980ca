package se.battrebemotande.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Brings the schema up to date before anything else touches the database. Flyway takes a lock in
 * the database itself, so several servers starting at once migrate it only once.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {
    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = Database.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    @ConfigProperty(name = "app.exit-on-startup-failure", defaultValue = "true")
    boolean exitOnFailure;

    @PostConstruct
    void migrate() {
        Flyway flyway = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
        int applied;
        try {
            applied = flyway.migrate().migrationsExecuted;
        } catch (FlywayException e) {
            StartupFailure.report(
                    LOG,
                    "The database could not be reached or migrated: " + e.getMessage(),
                    "Check db.url, db.user and db.password (see README.md, Configuration).",
                    exitOnFailure);
            throw e;
        }
        LOG.info(() -> "Database schema at version " + flyway.info().current().getVersion() + " ("
                + (applied == 0 ? "up to date" : applied + " migrations applied now") + ")");
    }
}
