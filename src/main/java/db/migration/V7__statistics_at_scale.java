package db.migration;

import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * What the statistics and the user search need at a million learners (README, "Benchmarks"): the
 * question tallies (answers summed per question and day, kept by {@code stats.QuestionTallies}) and
 * indexes. Prefix searches with {@code LIKE 'abc%'} use an index in PostgreSQL only with the
 * pattern operator class (unless the database's collation is C), and on {@code LOWER(name)} only
 * with an expression index; H2 has neither, and at H2's sizes needs neither, so those are made on
 * PostgreSQL only.
 */
public class V7__statistics_at_scale extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        boolean postgres =
                connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        try (Statement s = connection.createStatement()) {
            // Per question version and day (Swedish time) of submission: how many answered it, how many right
            // (the sum of x), and the sums of y, xy and yy for its discrimination index (stats.QuestionFigures).
            s.execute("CREATE TABLE question_tally ("
                    + " on_day DATE NOT NULL,"
                    + " question_id BIGINT NOT NULL REFERENCES question (id),"
                    + " answered BIGINT NOT NULL,"
                    + " sum_x DOUBLE PRECISION NOT NULL,"
                    + " sum_y DOUBLE PRECISION NOT NULL,"
                    + " sum_xy DOUBLE PRECISION NOT NULL,"
                    + " sum_yy DOUBLE PRECISION NOT NULL,"
                    + " PRIMARY KEY (on_day, question_id))");
            // Per question version, wrong choice and day: how often it was ticked.
            s.execute("CREATE TABLE question_wrong_tally ("
                    + " on_day DATE NOT NULL,"
                    + " question_id BIGINT NOT NULL REFERENCES question (id),"
                    + " choice_id BIGINT NOT NULL REFERENCES choice (id),"
                    + " picks BIGINT NOT NULL,"
                    + " PRIMARY KEY (on_day, question_id, choice_id))");
            // Attempts submitted before rolled_until are in the tallies; later ones are counted from the rows.
            s.execute("CREATE TABLE stats_rollup ("
                    + " name VARCHAR(40) PRIMARY KEY,"
                    + " rolled_until TIMESTAMP WITH TIME ZONE NOT NULL)");
            s.execute("INSERT INTO stats_rollup (name, rolled_until) VALUES ('questions', TIMESTAMP WITH TIME ZONE"
                    + " '1970-01-01 00:00:00+00')");
            // A reissued diploma is left out by NOT EXISTS (... WHERE r.replaced_by = d.id).
            s.execute("CREATE INDEX diploma_replaced ON diploma (replaced_by)");
            if (postgres) {
                s.execute("CREATE INDEX account_email_prefix ON account (email varchar_pattern_ops)");
                s.execute("CREATE INDEX account_name_prefix ON account (LOWER(name) varchar_pattern_ops)");
                s.execute("CREATE INDEX account_name_order ON account (name, id)");
                s.execute("CREATE INDEX organisation_name_order ON organisation (LOWER(name), id)");
            }
        }
    }
}
