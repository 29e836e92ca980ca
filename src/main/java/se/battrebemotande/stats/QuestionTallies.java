package se.battrebemotande.stats;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.logging.Logger;
import javax.sql.DataSource;
import se.battrebemotande.platform.Database;
import se.battrebemotande.platform.Formats;

/**
 * The answers to each question summed per day, so the question statistics over a year read a few
 * thousand tally rows instead of millions of answers (README, "Benchmarks": 17 million answer rows
 * at a million learners). Submitted attempts never change and are never deleted, so whole days can
 * be summed once: every ten minutes the days before today (Swedish time) that
 * are not in the tallies yet are added, one month per transaction, by one server at a time (the
 * {@code statistics} row of {@code app_lock}). {@link Statistics#questions} reads the tallies for
 * the days before {@code stats_rollup.rolled_until} and the attempt rows from then on, so its
 * figures are always current, the same as counting every row.
 *
 * <p>Whoever writes attempts dated before {@code rolled_until} other than by submitting them (test
 * data written by SQL) calls {@link #rebuild()} afterwards.
 */
@Stateless
public class QuestionTallies {
    private static final Logger LOG = Logger.getLogger(QuestionTallies.class.getName());
    static final String ROLLUP = "questions";
    private static final int DAYS_PER_TRANSACTION = 31;
    private static final String DAY = Rollups.day("a.submitted_at");
    static final String X = "(CASE WHEN ai.correct THEN 1.0 ELSE 0.0 END)";
    static final String Y = "((a.correct_count - " + X + ") / (a.question_count - 1.0))";

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /** This bean through the container, so that each call runs in a transaction of its own. */
    private QuestionTallies self() {
        return context.getBusinessObject(QuestionTallies.class);
    }

    @Schedule(minute = "5/10", hour = "*", persistent = false)
    void scheduled() {
        rollUp();
    }

    /** Adds the days before today not yet tallied; returns how many days were added. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int rollUp() {
        int days = 0;
        int added;
        do {
            added = self().rollUpSome();
            days += added;
        } while (added > 0);
        if (days > 0) {
            int logged = days;
            LOG.info(() -> "Question tallies: " + logged + " days added");
        }
        return days;
    }

    /** Empties the tallies and sums every day again. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int rebuild() {
        self().empty();
        return rollUp();
    }

    /** The instant before which attempts are in the tallies. */
    public Instant rolledUntil() {
        return Rollups.rolledUntil(dataSource, ROLLUP);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void empty() {
        Rollups.empty(dataSource, ROLLUP, "question_wrong_tally", "question_tally");
    }

    /** Adds up to a month of days in one transaction; returns how many days it added. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int rollUpSome() {
        LocalDate until = LocalDate.now(clock.withZone(Formats.ZONE));
        try (Connection c = dataSource.getConnection()) {
            Rollups.lock(c);
            Instant rolled = Rollups.rolledUntil(c, ROLLUP);
            LocalDate from = rolled.atZone(Formats.ZONE).toLocalDate();
            if (!from.isBefore(until)) {
                return 0;
            }
            // Days without attempts are skipped at once (the first roll-up, or a quiet test database).
            Instant next = firstSubmitted(c, rolled);
            LocalDate nextDay = next == null ? until : next.atZone(Formats.ZONE).toLocalDate();
            if (nextDay.isAfter(from)) {
                from = nextDay.isBefore(until) ? nextDay : until;
                Rollups.setRolledUntil(c, ROLLUP, at(from).toInstant());
                if (!from.isBefore(until)) {
                    return 1;
                }
            }
            LocalDate to =
                    from.plusDays(DAYS_PER_TRANSACTION).isBefore(until) ? from.plusDays(DAYS_PER_TRANSACTION) : until;
            OffsetDateTime start = at(from);
            OffsetDateTime end = at(to);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO question_tally"
                    + " (on_day, question_id, answered, sum_x, sum_y, sum_xy, sum_yy)"
                    + " SELECT " + DAY + ", ai.question_id, COUNT(*), SUM(" + X + "), SUM(" + Y + "), SUM(" + X + " * "
                    + Y + "), SUM(" + Y + " * " + Y + ") FROM attempt_item ai JOIN attempt a ON a.id = ai.attempt_id"
                    + " WHERE a.submitted_at >= ? AND a.submitted_at < ? AND a.question_count > 1"
                    + " GROUP BY " + DAY + ", ai.question_id")) {
                s.setObject(1, start);
                s.setObject(2, end);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO question_wrong_tally"
                    + " (on_day, question_id, choice_id, picks)"
                    + " SELECT " + DAY + ", ai.question_id, aa.choice_id, COUNT(*) FROM attempt_answer aa"
                    + " JOIN attempt_item ai ON ai.id = aa.attempt_item_id JOIN attempt a ON a.id = ai.attempt_id"
                    + " JOIN choice ch ON ch.id = aa.choice_id"
                    + " WHERE aa.selected = TRUE AND ch.correct = FALSE"
                    + " AND a.submitted_at >= ? AND a.submitted_at < ?"
                    + " GROUP BY " + DAY + ", ai.question_id, aa.choice_id")) {
                s.setObject(1, start);
                s.setObject(2, end);
                s.executeUpdate();
            }
            Rollups.setRolledUntil(c, ROLLUP, end.toInstant());
            return (int) (to.toEpochDay() - from.toEpochDay());
        } catch (SQLException e) {
            throw new IllegalStateException("Adding to the question tallies failed: " + e.getMessage(), e);
        }
    }

    private static OffsetDateTime at(LocalDate day) {
        return OffsetDateTime.ofInstant(day.atStartOfDay(Formats.ZONE).toInstant(), ZoneOffset.UTC);
    }

    private static Instant firstSubmitted(Connection c, Instant from) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("SELECT MIN(submitted_at) FROM attempt WHERE submitted_at >= ?")) {
            s.setObject(1, OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
            try (ResultSet rs = s.executeQuery()) {
                OffsetDateTime first = rs.next() ? rs.getObject(1, OffsetDateTime.class) : null;
                return first == null ? null : first.toInstant();
            }
        }
    }
}
