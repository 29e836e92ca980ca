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
import se.battrebemotande.organisation.OrganisationKind;
import se.battrebemotande.platform.Database;
import se.battrebemotande.platform.Formats;

/**
 * The answers to each question summed per calendar month and per county or kind of organisation
 * (the {@code place}: {@code county:25}, {@code kind:ASSOCIATION}), for the question table
 * filtered to a county or a kind: one county's answers over a year are a tenth of 17 million rows
 * at a million learners, 1.5 s to count (README, "Benchmarks"). Like the {@link QuestionTallies},
 * each ended month is summed once, by one server at a time; a learner's answers count for every
 * county and kind of the organisations they had joined when the month was summed, once each.
 * {@link Statistics#questions} reads the whole months of the period from here and counts the days
 * at its edges from the rows.
 */
@Stateless
public class QuestionPlaceTallies {
    private static final Logger LOG = Logger.getLogger(QuestionPlaceTallies.class.getName());
    static final String ROLLUP = "question-places";
    private static final String X = QuestionTallies.X;
    private static final String Y = QuestionTallies.Y;

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /** The place key of a county. */
    static String county(String code) {
        return "county:" + code;
    }

    /** The place key of a kind of organisation. */
    static String kind(OrganisationKind kind) {
        return "kind:" + kind.name();
    }

    @Schedule(minute = "25", hour = "*", persistent = false)
    void scheduled() {
        rollUp();
    }

    /** Adds the ended months not yet tallied, a month per transaction; returns how many. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int rollUp() {
        QuestionPlaceTallies self = context.getBusinessObject(QuestionPlaceTallies.class);
        int months = 0;
        while (self.rollUpMonth()) {
            months++;
        }
        if (months > 0) {
            int logged = months;
            LOG.info(() -> "Question tallies per county and kind: " + logged + " months added");
        }
        return months;
    }

    /** The first day of the first month not yet tallied. */
    public LocalDate rolledUntil() {
        return Rollups.rolledUntil(dataSource, ROLLUP).atZone(Formats.ZONE).toLocalDate();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void empty() {
        Rollups.empty(dataSource, ROLLUP, "question_place_wrong_tally", "question_place_tally");
    }

    /** Adds the next ended month (a month without attempts at once); false when there is none. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean rollUpMonth() {
        LocalDate thisMonth = LocalDate.now(clock.withZone(Formats.ZONE)).withDayOfMonth(1);
        try (Connection c = dataSource.getConnection()) {
            Rollups.lock(c);
            LocalDate month = Rollups.rolledUntil(c, ROLLUP)
                    .atZone(Formats.ZONE)
                    .toLocalDate()
                    .withDayOfMonth(1);
            LocalDate first = firstSubmittedFrom(c, month);
            if (first == null || !first.isBefore(thisMonth)) {
                if (month.isBefore(thisMonth)) {
                    Rollups.setRolledUntil(c, ROLLUP, start(thisMonth));
                }
                return false;
            }
            month = first.withDayOfMonth(1);
            LocalDate next = month.plusMonths(1);
            for (String place : new String[] {"'county:' || po.county_code", "'kind:' || po.kind"}) {
                String places = "(SELECT DISTINCT pm.account_id, " + place + " AS place FROM membership pm"
                        + " JOIN organisation po ON po.id = pm.organisation_id WHERE pm.account_id IS NOT NULL) p";
                insert(
                        c,
                        "INSERT INTO question_place_tally"
                                + " (on_month, question_id, place, answered, sum_x, sum_y, sum_xy, sum_yy)"
                                + " SELECT ?, ai.question_id, p.place, COUNT(*), SUM(" + X + "), SUM(" + Y + "),"
                                + " SUM(" + X + " * " + Y + "), SUM(" + Y + " * " + Y + ")"
                                + " FROM attempt a JOIN " + places + " ON p.account_id = a.account_id"
                                + " JOIN attempt_item ai ON ai.attempt_id = a.id"
                                + " WHERE a.submitted_at >= ? AND a.submitted_at < ? AND a.question_count > 1"
                                + " GROUP BY ai.question_id, p.place",
                        month,
                        next);
                insert(
                        c,
                        "INSERT INTO question_place_wrong_tally (on_month, question_id, place, choice_id, picks)"
                                + " SELECT ?, ai.question_id, p.place, aa.choice_id, COUNT(*)"
                                + " FROM attempt a JOIN " + places + " ON p.account_id = a.account_id"
                                + " JOIN attempt_item ai ON ai.attempt_id = a.id"
                                + " JOIN attempt_answer aa ON aa.attempt_item_id = ai.id"
                                + " JOIN choice ch ON ch.id = aa.choice_id"
                                + " WHERE aa.selected = TRUE AND ch.correct = FALSE"
                                + " AND a.submitted_at >= ? AND a.submitted_at < ?"
                                + " GROUP BY ai.question_id, p.place, aa.choice_id",
                        month,
                        next);
            }
            Rollups.setRolledUntil(c, ROLLUP, start(next));
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Adding to the question tallies failed: " + e.getMessage(), e);
        }
    }

    private static void insert(Connection c, String sql, LocalDate month, LocalDate next) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, month);
            s.setObject(2, OffsetDateTime.ofInstant(start(month), ZoneOffset.UTC));
            s.setObject(3, OffsetDateTime.ofInstant(start(next), ZoneOffset.UTC));
            s.executeUpdate();
        }
    }

    static Instant start(LocalDate day) {
        return day.atStartOfDay(Formats.ZONE).toInstant();
    }

    /** The day of the first attempt submitted from the month on, or null. */
    private static LocalDate firstSubmittedFrom(Connection c, LocalDate month) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("SELECT MIN(submitted_at) FROM attempt WHERE submitted_at >= ?")) {
            s.setObject(1, OffsetDateTime.ofInstant(start(month), ZoneOffset.UTC));
            try (ResultSet rs = s.executeQuery()) {
                OffsetDateTime first = rs.next() ? rs.getObject(1, OffsetDateTime.class) : null;
                return first == null
                        ? null
                        : first.atZoneSameInstant(Formats.ZONE).toLocalDate();
            }
        }
    }
}
