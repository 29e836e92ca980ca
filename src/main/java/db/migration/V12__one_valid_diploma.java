package db.migration;

import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * At most one valid certificate per learner and part, and one valid course diploma per learner,
 * held by the database itself (review L10), not only by the locks of the code that issues them.
 * Should an installation hold duplicates already, the earliest stays valid and the later ones are
 * revoked, with the reason saying why. PostgreSQL gets a partial unique index; H2 has none, so it
 * gets a generated column that names the slot of a valid document (NULL once revoked) and a unique
 * constraint on it.
 */
public class V12__one_valid_diploma extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        boolean postgres =
                connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("UPDATE diploma d SET revoked_at = CURRENT_TIMESTAMP, revocation_kind = 'ADMINISTRATOR',"
                    + " revocation_reason = 'A second valid document of the same kind and part; the first one stays"
                    + " valid (migration V12).' WHERE d.revoked_at IS NULL AND EXISTS (SELECT 1 FROM diploma e"
                    + " WHERE e.account_id = d.account_id AND e.kind = d.kind"
                    + " AND COALESCE(e.part_id, 0) = COALESCE(d.part_id, 0) AND e.revoked_at IS NULL"
                    + " AND (e.issued_at < d.issued_at OR (e.issued_at = d.issued_at AND e.id < d.id)))");
            if (postgres) {
                s.execute("CREATE UNIQUE INDEX diploma_one_valid ON diploma (account_id, kind, COALESCE(part_id, 0))"
                        + " WHERE revoked_at IS NULL");
            } else {
                s.execute("ALTER TABLE diploma ADD COLUMN valid_slot VARCHAR(80) GENERATED ALWAYS AS"
                        + " (CASE WHEN revoked_at IS NULL THEN CAST(account_id AS VARCHAR) || ':' || kind || ':'"
                        + " || COALESCE(CAST(part_id AS VARCHAR), '-') END)");
                s.execute("ALTER TABLE diploma ADD CONSTRAINT diploma_one_valid UNIQUE (valid_slot)");
            }
        }
    }
}
