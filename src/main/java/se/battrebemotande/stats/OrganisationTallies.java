package se.battrebemotande.stats;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import se.battrebemotande.platform.Database;

/**
 * The figures per county, kind and organisation, materialised: members per organisation, and the
 * starts and course completions of each organisation's members per day. Counting them from the
 * rows means grouping every membership (900 000 at a million learners, two seconds a view); the
 * tallies hold a few hundred thousand rows, summed in a fifth of a second (README, "Benchmarks").
 * Membership counts whenever the learner joined, so a join or a merge changes past days too: the
 * tallies are therefore counted again whole, every ten minutes (four seconds at a million learners),
 * in one transaction, by one server at a time (the {@code statistics} row of {@code app_lock}), and
 * only the rows that changed are written; readers see the old tallies until the new ones are
 * committed. Pages say when they were rebuilt, and an administrator can
 * rebuild them at once.
 *
 * <p>A county's or kind's figures are the sums of its organisations': a learner who is a member of
 * two of them counts in each.
 */
@Stateless
public class OrganisationTallies {
    private static final Logger LOG = Logger.getLogger(OrganisationTallies.class.getName());
    static final String ROLLUP = "organisations";

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Clock clock;

    @Schedule(minute = "*/10", hour = "*", persistent = false)
    void scheduled() {
        rebuild();
    }

    /** Rebuilds the tallies from the rows; returns when, as stored. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Instant rebuild() {
        long began = System.nanoTime();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        try (Connection c = dataSource.getConnection()) {
            Rollups.lock(c);
            boolean postgres = c.getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(Locale.ROOT)
                    .contains("postgres");
            replace(
                    c,
                    postgres,
                    "organisation_member_tally",
                    "organisation_id BIGINT, members BIGINT",
                    "SELECT m.organisation_id, COUNT(*) FROM membership m WHERE m.account_id IS NOT NULL"
                            + " GROUP BY m.organisation_id",
                    "n.organisation_id = t.organisation_id",
                    "n.members = t.members");
            replace(
                    c,
                    postgres,
                    "organisation_tally",
                    "organisation_id BIGINT, on_day DATE, started BIGINT, finished BIGINT",
                    "SELECT x.organisation_id, x.on_day, SUM(x.started), SUM(x.finished) FROM ("
                            + " SELECT m.organisation_id, " + Rollups.day("ls.started_at") + " AS on_day, 1 AS started,"
                            + " 0 AS finished FROM membership m JOIN learner_start ls ON ls.account_id = m.account_id"
                            + " UNION ALL"
                            + " SELECT m.organisation_id, " + Rollups.day("d.issued_at") + ", 0, 1"
                            + " FROM membership m JOIN diploma d ON d.account_id = m.account_id"
                            + " WHERE d.kind = 'COURSE' AND NOT EXISTS (SELECT 1 FROM diploma r WHERE r.replaced_by = d.id)"
                            + ") x GROUP BY x.organisation_id, x.on_day",
                    "n.organisation_id = t.organisation_id AND n.on_day = t.on_day",
                    "n.started = t.started AND n.finished = t.finished");
            Rollups.setRolledUntil(c, ROLLUP, now);
        } catch (SQLException e) {
            throw new IllegalStateException("Rebuilding the organisation tallies failed: " + e.getMessage(), e);
        }
        long millis = (System.nanoTime() - began) / 1_000_000;
        LOG.fine(() -> "Organisation tallies rebuilt in " + millis + " ms");
        return now;
    }

    /**
     * Makes {@code table} hold the rows of {@code select}, touching only the rows that differ: the new
     * rows go to a temporary table first, then the rows no longer right are deleted and the missing
     * ones inserted; the temporary table goes with the transaction. Deleting and inserting every row every ten minutes would leave the table with
     * millions of dead rows in PostgreSQL between vacuums, each view reading through them.
     */
    private static void replace(
            Connection c, boolean postgres, String table, String columns, String select, String key, String values)
            throws SQLException {
        String next = table + "_next";
        Rollups.update(
                c,
                postgres
                        ? "CREATE TEMPORARY TABLE " + next + " (" + columns + ") ON COMMIT DROP"
                        : "CREATE LOCAL TEMPORARY TABLE " + next + " (" + columns + ") ON COMMIT DROP TRANSACTIONAL");
        Rollups.update(c, "INSERT INTO " + next + " " + select);
        Rollups.update(
                c,
                "DELETE FROM " + table + " t WHERE NOT EXISTS (SELECT 1 FROM " + next + " n WHERE " + key + " AND "
                        + values + ")");
        Rollups.update(
                c,
                "INSERT INTO " + table + " SELECT n.* FROM " + next + " n WHERE NOT EXISTS (SELECT 1 FROM " + table
                        + " t WHERE " + key + ")");
    }

    /** When the tallies were last rebuilt; null if never. */
    public Instant rebuiltAt() {
        Instant at = Rollups.rolledUntil(dataSource, ROLLUP);
        return at.equals(Instant.EPOCH) ? null : at;
    }

    /** When the tallies were last rebuilt, rebuilding them first if they never were (a new database). */
    public Instant ensureBuilt() {
        Instant at = rebuiltAt();
        return at != null ? at : rebuild();
    }
}
