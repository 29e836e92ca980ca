package se.battrebemotande.platform;

import jakarta.annotation.sql.DataSourceDefinition;

/**
 * The application's one data source. Its driver, URL and credentials come from MicroProfile
 * Config, so the same WAR runs on the embedded H2 file database by default and on PostgreSQL when
 * {@code DB_URL} (and {@code DB_DRIVER}, {@code DB_USER}, {@code DB_PASSWORD}) say so.
 */
@DataSourceDefinition(
        name = Database.JNDI_NAME,
        className = "se.battrebemotande.platform.DriverDataSource",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "driverClass=${MPCONFIG=db.driver}",
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data",
            "fish.payara.fail-all-connections=true"
        })
public final class Database {
    public static final String JNDI_NAME = "java:app/jdbc/battre";

    private Database() {}
}
