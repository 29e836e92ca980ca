package db.migration;

import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * What the figures per county, kind and organisation and the question table filtered to a county
 * or kind need at a million learners (README, "Benchmarks"): the organisation tallies that {@code
 * stats.OrganisationTallies} rebuilds every ten minutes (members per organisation; starts and course
 * completions of its members per day), the question tallies per month and county or kind ({@code
 * stats.QuestionPlaceTallies}), and on PostgreSQL two covering indexes, so that the answers of one
 * county's learners on the days at a period's edges are read from indexes alone. H2 has neither {@code INCLUDE} nor partial
 * indexes, and at H2's sizes needs neither.
 */
public class V9__statistics_tallies extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        boolean postgres =
                connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        try (Statement s = connection.createStatement()) {
            // Members who have joined, per organisation, as of the last rebuild.
            s.execute("CREATE TABLE organisation_member_tally ("
                    + " organisation_id BIGINT PRIMARY KEY,"
                    + " members BIGINT NOT NULL)");
            // Per organisation and day (Swedish time): how many of its members started the course, and how
            // many received their course diploma (a reissue not counted again). No foreign key: a merged
            // organisation's rows stay until the next rebuild, which writes every row again.
            s.execute("CREATE TABLE organisation_tally ("
                    + " organisation_id BIGINT NOT NULL,"
                    + " on_day DATE NOT NULL,"
                    + " started BIGINT NOT NULL,"
                    + " finished BIGINT NOT NULL,"
                    + " PRIMARY KEY (organisation_id, on_day))");
            s.execute("CREATE INDEX organisation_tally_day ON organisation_tally (on_day, organisation_id)");
            // rolled_until: when the organisation tallies were last rebuilt (the epoch: never).
            s.execute("INSERT INTO stats_rollup (name, rolled_until) VALUES ('organisations', TIMESTAMP WITH TIME ZONE"
                    + " '1970-01-01 00:00:00+00')");
            // Per calendar month (its first day), question version and place ("county:25", "kind:ASSOCIATION"):
            // the answers of learners who belong there, summed as in question_tally (stats.QuestionPlaceTallies).
            s.execute("CREATE TABLE question_place_tally ("
                    + " on_month DATE NOT NULL,"
                    + " question_id BIGINT NOT NULL REFERENCES question (id),"
                    + " place VARCHAR(40) NOT NULL,"
                    + " answered BIGINT NOT NULL,"
                    + " sum_x DOUBLE PRECISION NOT NULL,"
                    + " sum_y DOUBLE PRECISION NOT NULL,"
                    + " sum_xy DOUBLE PRECISION NOT NULL,"
                    + " sum_yy DOUBLE PRECISION NOT NULL,"
                    + " PRIMARY KEY (place, on_month, question_id))");
            s.execute("CREATE TABLE question_place_wrong_tally ("
                    + " on_month DATE NOT NULL,"
                    + " question_id BIGINT NOT NULL REFERENCES question (id),"
                    + " place VARCHAR(40) NOT NULL,"
                    + " choice_id BIGINT NOT NULL REFERENCES choice (id),"
                    + " picks BIGINT NOT NULL,"
                    + " PRIMARY KEY (place, on_month, question_id, choice_id))");
            // rolled_until: the first day of the first month not yet in them.
            s.execute(
                    "INSERT INTO stats_rollup (name, rolled_until) VALUES ('question-places', TIMESTAMP WITH TIME ZONE"
                            + " '1970-01-01 00:00:00+00')");
            if (postgres) {
                s.execute("CREATE INDEX attempt_item_attempt_covering ON attempt_item (attempt_id)"
                        + " INCLUDE (id, question_id, correct)");
                s.execute("DROP INDEX attempt_item_attempt");
                s.execute("CREATE INDEX attempt_answer_ticked ON attempt_answer (attempt_item_id)"
                        + " INCLUDE (choice_id) WHERE selected");
            }
        }
    }
}
