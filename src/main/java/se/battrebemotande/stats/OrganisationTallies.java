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
import java.util.logging.Logger;
import javax.sql.DataSource;
import se.battrebemotande.platform.Database;

/**
 * The figures per county, kind and organisation, materialised: members per organisation, and the
 * starts and course completions of each organisation's members per day. Counting them from the
 * rows means grouping every membership (900 000 at a million learners, two seconds a view); the
 * tallies hold a few hundred thousand rows and are summed in a few milliseconds (README,
 * "Benchmarks"). Membership counts whenever the learner joined, so a join or a merge changes past
 * days too: the tallies are therefore rebuilt whole, every ten minutes, in one transaction, by one
 * server at a time (the {@code statistics} row of {@code app_lock}); readers see the old tallies
 * until the new ones are committed. Pages say when they were rebuilt, and an administrator can
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
            Rollups.update(c, "DELETE FROM organisation_member_tally");
            Rollups.update(c, "DELETE FROM organisation_tally");
            Rollups.update(
                    c,
                    "INSERT INTO organisation_member_tally (organisation_id, members)"
                            + " SELECT m.organisation_id, COUNT(*) FROM membership m WHERE m.account_id IS NOT NULL"
                            + " GROUP BY m.organisation_id");
            Rollups.update(
                    c,
                    "INSERT INTO organisation_tally (organisation_id, on_day, started, finished)"
                            + " SELECT x.organisation_id, x.on_day, SUM(x.started), SUM(x.finished) FROM ("
                            + " SELECT m.organisation_id, " + Rollups.day("ls.started_at") + " AS on_day, 1 AS started,"
                            + " 0 AS finished FROM membership m JOIN learner_start ls ON ls.account_id = m.account_id"
                            + " UNION ALL"
                            + " SELECT m.organisation_id, " + Rollups.day("d.issued_at") + ", 0, 1"
                            + " FROM membership m JOIN diploma d ON d.account_id = m.account_id"
                            + " WHERE d.kind = 'COURSE' AND NOT EXISTS (SELECT 1 FROM diploma r WHERE r.replaced_by = d.id)"
                            + ") x GROUP BY x.organisation_id, x.on_day");
            Rollups.setRolledUntil(c, ROLLUP, now);
        } catch (SQLException e) {
            throw new IllegalStateException("Rebuilding the organisation tallies failed: " + e.getMessage(), e);
        }
        long millis = (System.nanoTime() - began) / 1_000_000;
        LOG.fine(() -> "Organisation tallies rebuilt in " + millis + " ms");
        return now;
    }

    /** When the tallies were last rebuilt; null if never. */
    public Instant rebuiltAt() {
        try (Connection c = dataSource.getConnection()) {
            Instant at = Rollups.rolledUntil(c, ROLLUP);
            return at.equals(Instant.EPOCH) ? null : at;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the organisation tallies' date failed: " + e.getMessage(), e);
        }
    }

    /** When the tallies were last rebuilt, rebuilding them first if they never were (a new database). */
    public Instant ensureBuilt() {
        Instant at = rebuiltAt();
        return at != null ? at : rebuild();
    }
}
