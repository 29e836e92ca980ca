package se.battrebemotande.stats;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import se.battrebemotande.account.Accounts;
import se.battrebemotande.course.CourseCatalog;
import se.battrebemotande.course.CourseOutline.PartOutline;
import se.battrebemotande.course.CourseOutline.StepOutline;
import se.battrebemotande.organisation.OrganisationKind;
import se.battrebemotande.platform.Database;
import se.battrebemotande.platform.Formats;
import se.battrebemotande.platform.LocalizedText;
import se.battrebemotande.platform.NotFoundException;
import se.battrebemotande.platform.Sql;

/**
 * Every statistic as one or a few SQL aggregates over indexed columns. Each method takes the acting
 * account and answers only an administrator (read from the database).
 *
 * <p>Definitions: <em>registered</em> counts accounts created in the period; <em>started</em>
 * learners whose first step began in it (with a part chosen: who began a step of that part in it);
 * <em>finished</em> learners whose course diploma (or a part's certificate) was issued in it, a
 * reissued document not counted twice; <em>documents</em> every certificate and diploma issued in
 * it. A filter by county, kind or organisation counts only learners who have joined such an
 * organisation. The funnel follows the learners who began each step in the period: how many of them
 * have watched its film to the test's threshold and how many have passed its test.
 */
@Stateless
public class Statistics {
    private static final String NOT_REISSUE = " AND NOT EXISTS (SELECT 1 FROM diploma r WHERE r.replaced_by = d.id)";

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Accounts accounts;

    @Inject
    CourseCatalog catalog;

    @Inject
    QuestionTallies tallies;

    @Inject
    OrganisationTallies organisationTallies;

    @Inject
    QuestionPlaceTallies placeTallies;

    /** A figure in the period, and the same figure in the period before it. */
    public record Change(long current, long previous) {
        /** The change in percent of the previous figure; null when there was nothing before. */
        public Double percent() {
            return previous == 0 ? null : 100.0 * (current - previous) / previous;
        }
    }

    public record PartFinished(PartOutline part, Change finished) {}

    public record Overview(
            Change registered, Change started, Change finished, List<PartFinished> parts, Change documents) {}

    public record TimePoint(LocalDate start, long registrations, long starts, long completions, long documents) {}

    public record PlaceRow(String key, long members, long started, long finished) {
        public double finishedShare() {
            return members == 0 ? 0 : (double) finished / members;
        }
    }

    public record OrganisationRow(
            long id, String name, OrganisationKind kind, String county, long members, long started, long finished) {
        public double finishedShare() {
            return members == 0 ? 0 : (double) finished / members;
        }
    }

    public record FunnelStep(StepOutline step, long started, long watched, long passed) {}

    private void administrator(long actorId) {
        if (!accounts.isAdmin(actorId)) {
            throw new NotFoundException("statistics for account " + actorId);
        }
    }

    public Overview overview(long actorId, StatsFilter filter) {
        administrator(actorId);
        Map<Long, Change> parts = partsFinished(filter);
        List<PartFinished> perPart = catalog.outline().parts().stream()
                .filter(p -> filter.partId() == null || filter.partId() == p.id())
                .map(p -> new PartFinished(p, parts.getOrDefault(p.id(), new Change(0, 0))))
                .toList();
        return new Overview(registered(filter), started(filter), finishedCourse(filter), perPart, documents(filter));
    }

    /*
     * Each figure is one query over the period and the one before it together ({@code from} covers
     * both), counted apart by comparing {@code column} with the period's start: half the queries,
     * and each population scanned once.
     */

    /** The rows of {@code from} in the period and in the one before. */
    private Change rows(StatsFilter f, String column, Sql from) {
        return change(new Sql(
                        "SELECT SUM(CASE WHEN " + column + " >= ? THEN 1 ELSE 0 END), SUM(CASE WHEN " + column
                                + " < ? THEN 1 ELSE 0 END)",
                        f.start(),
                        f.start())
                .and(from));
    }

    /** The different learners ({@code account}) of {@code from} in the period and in the one before. */
    private Change learners(StatsFilter f, String column, String account, Sql from) {
        return change(new Sql(
                        "SELECT COUNT(DISTINCT CASE WHEN " + column + " >= ? THEN " + account
                                + " END), COUNT(DISTINCT CASE WHEN " + column + " < ? THEN " + account + " END)",
                        f.start(),
                        f.start())
                .and(from));
    }

    private Change change(Sql sql) {
        return sql.query(dataSource, rs -> rs.next() ? new Change(rs.getLong(1), rs.getLong(2)) : new Change(0, 0));
    }

    private Change registered(StatsFilter f) {
        return rows(
                f,
                "a.created_at",
                population(
                        new Sql(
                                " FROM account a WHERE a.created_at >= ? AND a.created_at < ?",
                                f.previous().start(),
                                f.end()),
                        "a.id",
                        f));
    }

    private Change started(StatsFilter f) {
        if (f.partId() == null) {
            return rows(
                    f,
                    "s.started_at",
                    population(
                            new Sql(
                                    " FROM learner_start s WHERE s.started_at >= ? AND s.started_at < ?",
                                    f.previous().start(),
                                    f.end()),
                            "s.account_id",
                            f));
        }
        return learners(
                f,
                "sp.started_at",
                "sp.account_id",
                population(
                        new Sql(
                                " FROM step_progress sp JOIN step st ON st.id = sp.step_id"
                                        + " WHERE st.part_id = ? AND sp.started_at >= ? AND sp.started_at < ?",
                                f.partId(),
                                f.previous().start(),
                                f.end()),
                        "sp.account_id",
                        f));
    }

    private Change finishedCourse(StatsFilter f) {
        return learners(
                f,
                "d.issued_at",
                "d.account_id",
                population(
                        new Sql(
                                " FROM diploma d WHERE d.kind = 'COURSE' AND d.issued_at >= ? AND d.issued_at < ?"
                                        + NOT_REISSUE,
                                f.previous().start(),
                                f.end()),
                        "d.account_id",
                        f));
    }

    private Map<Long, Change> partsFinished(StatsFilter f) {
        Sql sql = new Sql(
                        "SELECT d.part_id, COUNT(DISTINCT CASE WHEN d.issued_at >= ? THEN d.account_id END),"
                                + " COUNT(DISTINCT CASE WHEN d.issued_at < ? THEN d.account_id END)",
                        f.start(),
                        f.start())
                .and(population(
                        new Sql(
                                " FROM diploma d WHERE d.kind = 'PART' AND d.issued_at >= ? AND d.issued_at < ?"
                                        + NOT_REISSUE,
                                f.previous().start(),
                                f.end()),
                        "d.account_id",
                        f));
        return sql.and(" GROUP BY d.part_id").query(dataSource, rs -> {
            Map<Long, Change> map = new HashMap<>();
            while (rs.next()) {
                map.put(rs.getLong(1), new Change(rs.getLong(2), rs.getLong(3)));
            }
            return map;
        });
    }

    private Change documents(StatsFilter f) {
        Sql from = new Sql(
                " FROM diploma d WHERE d.issued_at >= ? AND d.issued_at < ?",
                f.previous().start(),
                f.end());
        if (f.partId() != null) {
            from.and(" AND d.kind = 'PART' AND d.part_id = ?", f.partId());
        }
        return rows(f, "d.issued_at", population(from, "d.account_id", f));
    }

    /** Registrations, starts, completions and documents per day of the period, Swedish time. */
    public List<TimePoint> perDay(long actorId, StatsFilter f) {
        administrator(actorId);
        Map<LocalDate, long[]> days = new LinkedHashMap<>();
        for (LocalDate d = f.from(); !d.isAfter(f.until()); d = d.plusDays(1)) {
            days.put(d, new long[4]);
        }
        perDay(
                days,
                0,
                "a.created_at",
                population(
                        new Sql(" FROM account a WHERE a.created_at >= ? AND a.created_at < ?", f.start(), f.end()),
                        "a.id",
                        f));
        perDay(
                days,
                1,
                "s.started_at",
                population(
                        new Sql(
                                " FROM learner_start s WHERE s.started_at >= ? AND s.started_at < ?",
                                f.start(),
                                f.end()),
                        "s.account_id",
                        f));
        perDay(
                days,
                2,
                "d.issued_at",
                population(
                        new Sql(
                                " FROM diploma d WHERE d.kind = 'COURSE' AND d.issued_at >= ? AND d.issued_at < ?"
                                        + NOT_REISSUE,
                                f.start(),
                                f.end()),
                        "d.account_id",
                        f));
        Sql documents = new Sql(" FROM diploma d WHERE d.issued_at >= ? AND d.issued_at < ?", f.start(), f.end());
        if (f.partId() != null) {
            documents.and(" AND d.kind = 'PART' AND d.part_id = ?", f.partId());
        }
        perDay(days, 3, "d.issued_at", population(documents, "d.account_id", f));
        return days.entrySet().stream()
                .map(e -> new TimePoint(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3]))
                .toList();
    }

    /** Counts the rows of {@code from} (a FROM and WHERE clause) per day of {@code column}, in Swedish time. */
    private void perDay(Map<LocalDate, long[]> days, int index, String column, Sql from) {
        String day = Rollups.day(column);
        new Sql("SELECT " + day + ", COUNT(*)")
                .and(from)
                .and(" GROUP BY " + day)
                .query(dataSource, rs -> {
                    while (rs.next()) {
                        long[] counts = days.get(rs.getObject(1, LocalDate.class));
                        if (counts != null) {
                            counts[index] += rs.getLong(2);
                        }
                    }
                    return null;
                });
    }

    /**
     * Members, starts and completions per county or per kind of organisation: the sums of its
     * organisations' figures in the {@link OrganisationTallies}.
     */
    public List<PlaceRow> byPlace(long actorId, StatsFilter f, boolean byCounty) {
        administrator(actorId);
        organisationTallies.ensureBuilt();
        String key = byCounty ? "o.county_code" : "o.kind";
        Sql sql = organisations(f, "SELECT " + key + " AS k, " + PLACE_FIGURES)
                .and(" GROUP BY " + key + " ORDER BY " + key);
        return sql.query(dataSource, rs -> {
            List<PlaceRow> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(new PlaceRow(
                        rs.getString("k"), rs.getLong("members"), rs.getLong("started"), rs.getLong("finished")));
            }
            return rows;
        });
    }

    private static final String MEMBERS = "COALESCE(mt.members, 0)";
    private static final String STARTED = "COALESCE(t.started, 0)";
    private static final String FINISHED = "COALESCE(t.finished, 0)";
    private static final String PLACE_FIGURES =
            "SUM(" + MEMBERS + ") AS members, SUM(" + STARTED + ") AS started," + " SUM(" + FINISHED + ") AS finished";

    /** The columns the organisation table can be sorted by. */
    public enum OrganisationColumn {
        NAME("LOWER(o.name)"),
        MEMBERS(Statistics.MEMBERS),
        STARTED(Statistics.STARTED),
        FINISHED(Statistics.FINISHED),
        SHARE("CASE WHEN " + Statistics.MEMBERS + " = 0 THEN 0 ELSE 1.0 * " + Statistics.FINISHED + " / "
                + Statistics.MEMBERS + " END");

        final String expression;

        OrganisationColumn(String expression) {
            this.expression = expression;
        }
    }

    /** One page of the organisations matching the filter, with their figures from the {@link OrganisationTallies}. */
    public List<OrganisationRow> organisations(
            long actorId,
            StatsFilter f,
            String search,
            OrganisationColumn sort,
            boolean ascending,
            int first,
            int size) {
        administrator(actorId);
        organisationTallies.ensureBuilt();
        Sql sql = organisations(
                f,
                "SELECT o.id, o.name, o.kind, o.county_code, " + MEMBERS + " AS members, " + STARTED + " AS started, "
                        + FINISHED + " AS finished");
        if (search != null && !search.isBlank()) {
            sql.and(search(search), like(search));
        }
        String direction = ascending ? " ASC" : " DESC";
        sql.and(" ORDER BY " + sort.expression + direction + ", o.id LIMIT ? OFFSET ?", size, first);
        return sql.query(dataSource, rs -> {
            List<OrganisationRow> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(new OrganisationRow(
                        rs.getLong("id"),
                        rs.getString("name"),
                        OrganisationKind.valueOf(rs.getString("kind")),
                        rs.getString("county_code"),
                        rs.getLong("members"),
                        rs.getLong("started"),
                        rs.getLong("finished")));
            }
            return rows;
        });
    }

    /** When the figures per county, kind and organisation were counted (they are rebuilt every ten minutes). */
    public Instant placesCountedAt(long actorId) {
        administrator(actorId);
        return organisationTallies.ensureBuilt();
    }

    /** Counts the figures per county, kind and organisation again, now; returns when. */
    public Instant countPlacesNow(long actorId) {
        administrator(actorId);
        return organisationTallies.rebuild();
    }

    public long organisationCount(long actorId, StatsFilter f, String search) {
        administrator(actorId);
        Sql sql = new Sql("SELECT COUNT(*) FROM organisation o WHERE 1 = 1");
        organisationFilter(sql, f);
        if (search != null && !search.isBlank()) {
            sql.and(search(search), like(search));
        }
        return count(sql);
    }

    private static String search(String search) {
        return search == null || search.isBlank() ? "" : " AND LOWER(o.name) LIKE ? ESCAPE '\\'";
    }

    private static String like(String search) {
        return "%"
                + search.strip()
                        .toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_") + "%";
    }

    /** Organisations with their members and their members' starts and completions in the period, from the tallies. */
    private static Sql organisations(StatsFilter f, String select) {
        Sql sql = new Sql(
                select + " FROM organisation o"
                        + " LEFT JOIN organisation_member_tally mt ON mt.organisation_id = o.id"
                        + " LEFT JOIN (SELECT ot.organisation_id, SUM(ot.started) AS started, SUM(ot.finished) AS finished"
                        + " FROM organisation_tally ot WHERE ot.on_day >= ? AND ot.on_day <= ? GROUP BY ot.organisation_id) t"
                        + " ON t.organisation_id = o.id WHERE 1 = 1",
                f.from(),
                f.until());
        organisationFilter(sql, f);
        return sql;
    }

    private static void organisationFilter(Sql sql, StatsFilter f) {
        if (f.county() != null) {
            sql.and(" AND o.county_code = ?", f.county());
        }
        if (f.kind() != null) {
            sql.and(" AND o.kind = ?", f.kind().name());
        }
        if (f.organisationId() != null) {
            sql.and(" AND o.id = ?", f.organisationId());
        }
    }

    /** Of the learners who began each step in the period: how many watched its film far enough, how many passed. */
    public List<FunnelStep> funnel(long actorId, StatsFilter f) {
        administrator(actorId);
        Sql sql = population(
                new Sql(
                        "SELECT sp.step_id, COUNT(*),"
                                + " SUM(CASE WHEN sp.film_watched_at IS NOT NULL THEN 1 ELSE 0 END),"
                                + " SUM(CASE WHEN sp.passed_at IS NOT NULL THEN 1 ELSE 0 END)"
                                + " FROM step_progress sp WHERE sp.started_at >= ? AND sp.started_at < ?",
                        f.start(),
                        f.end()),
                "sp.account_id",
                f);
        Map<Long, long[]> byStep = sql.and(" GROUP BY sp.step_id").query(dataSource, rs -> {
            Map<Long, long[]> map = new HashMap<>();
            while (rs.next()) {
                map.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)});
            }
            return map;
        });
        return catalog.outline().parts().stream()
                .filter(p -> f.partId() == null || f.partId() == p.id())
                .flatMap(p -> p.steps().stream())
                .map(s -> {
                    long[] c = byStep.getOrDefault(s.id(), new long[3]);
                    return new FunnelStep(s, c[0], c[1], c[2]);
                })
                .toList();
    }

    /**
     * Answers per question version in the period: how many, how many right, the wrong choice picked
     * most, and the discrimination sums. Days already in the {@link QuestionTallies} are read from
     * them; filtered to a county or a kind, the whole months already in the {@link
     * QuestionPlaceTallies}; the rest is counted from the attempts themselves.
     */
    public List<QuestionFigures> questions(long actorId, StatsFilter f) {
        administrator(actorId);
        Set<Long> steps = catalog.outline().parts().stream()
                .filter(p -> f.partId() == null || f.partId() == p.id())
                .flatMap(p -> p.steps().stream())
                .map(StepOutline::id)
                .collect(Collectors.toSet());
        if (steps.isEmpty()) {
            return List.of();
        }
        String in = steps.stream().map(String::valueOf).collect(Collectors.joining(","));
        Map<Long, double[]> sums = new TreeMap<>();
        Map<Long, Map<Long, Long>> wrong = new HashMap<>();
        String place = f.organisationId() != null || (f.county() != null) == (f.kind() != null)
                ? null
                : f.county() != null ? QuestionPlaceTallies.county(f.county()) : QuestionPlaceTallies.kind(f.kind());
        if (!f.restrictsPopulation()) {
            Instant rolled = tallies.rolledUntil();
            Instant live = f.start();
            if (rolled.isAfter(live)) {
                LocalDate lastTallied =
                        rolled.atZone(Formats.ZONE).toLocalDate().minusDays(1);
                LocalDate until = lastTallied.isBefore(f.until()) ? lastTallied : f.until();
                new Sql(
                                "SELECT t.question_id, SUM(t.answered), SUM(t.sum_x), SUM(t.sum_y), SUM(t.sum_xy),"
                                        + " SUM(t.sum_yy) FROM question_tally t JOIN question q ON q.id = t.question_id"
                                        + " WHERE t.on_day >= ? AND t.on_day <= ? AND q.step_id IN (" + in + ")"
                                        + " GROUP BY t.question_id",
                                f.from(),
                                until)
                        .query(dataSource, rs -> addSums(rs, sums));
                new Sql(
                                "SELECT t.question_id, t.choice_id, SUM(t.picks) FROM question_wrong_tally t"
                                        + " JOIN question q ON q.id = t.question_id"
                                        + " WHERE t.on_day >= ? AND t.on_day <= ? AND q.step_id IN (" + in + ")"
                                        + " GROUP BY t.question_id, t.choice_id",
                                f.from(),
                                until)
                        .query(dataSource, rs -> addPicks(rs, wrong));
                live = rolled.isAfter(f.end()) ? f.end() : rolled;
            }
            countAnswers(f, in, live, f.end(), sums, wrong);
        } else if (place != null) {
            // The whole months of the period that are tallied per place; the days around them from the rows.
            LocalDate first = f.from().getDayOfMonth() == 1
                    ? f.from()
                    : f.from().withDayOfMonth(1).plusMonths(1);
            LocalDate rolled = placeTallies.rolledUntil();
            LocalDate after = f.until().plusDays(1).withDayOfMonth(1);
            LocalDate end = after.isBefore(rolled) ? after : rolled;
            if (first.isBefore(end)) {
                new Sql(
                                "SELECT t.question_id, SUM(t.answered), SUM(t.sum_x), SUM(t.sum_y), SUM(t.sum_xy),"
                                        + " SUM(t.sum_yy) FROM question_place_tally t JOIN question q ON q.id = t.question_id"
                                        + " WHERE t.place = ? AND t.on_month >= ? AND t.on_month < ?"
                                        + " AND q.step_id IN (" + in + ") GROUP BY t.question_id",
                                place,
                                first,
                                end)
                        .query(dataSource, rs -> addSums(rs, sums));
                new Sql(
                                "SELECT t.question_id, t.choice_id, SUM(t.picks) FROM question_place_wrong_tally t"
                                        + " JOIN question q ON q.id = t.question_id"
                                        + " WHERE t.place = ? AND t.on_month >= ? AND t.on_month < ?"
                                        + " AND q.step_id IN (" + in + ") GROUP BY t.question_id, t.choice_id",
                                place,
                                first,
                                end)
                        .query(dataSource, rs -> addPicks(rs, wrong));
                countAnswers(f, in, f.start(), QuestionPlaceTallies.start(first), sums, wrong);
                countAnswers(f, in, QuestionPlaceTallies.start(end), f.end(), sums, wrong);
            } else {
                countAnswers(f, in, f.start(), f.end(), sums, wrong);
            }
        } else {
            countAnswers(f, in, f.start(), f.end(), sums, wrong);
        }
        List<QuestionFigures> figures = new ArrayList<>();
        sums.forEach((question, v) -> {
            QuestionFigures q = new QuestionFigures(question, (long) v[0], v[1], v[2], v[3], v[4], null, 0);
            for (Map.Entry<Long, Long> pick : new TreeMap<>(wrong.getOrDefault(question, Map.of())).entrySet()) {
                if (pick.getValue() > q.wrongPicks()) {
                    q = q.withWrong(pick.getKey(), pick.getValue());
                }
            }
            figures.add(q);
        });
        return figures;
    }

    /** Adds the answers submitted from {@code from} until {@code to} by the filter's learners, counted from the rows. */
    private void countAnswers(
            StatsFilter f,
            String steps,
            Instant from,
            Instant to,
            Map<Long, double[]> sums,
            Map<Long, Map<Long, Long>> wrong) {
        if (!from.isBefore(to)) {
            return;
        }
        String x = QuestionTallies.X;
        String y = QuestionTallies.Y;
        population(
                        new Sql(
                                "SELECT ai.question_id, COUNT(*), SUM(" + x + "), SUM(" + y + "), SUM(" + x + " * " + y
                                        + "), SUM(" + y + " * " + y + ") FROM attempt_item ai"
                                        + " JOIN attempt a ON a.id = ai.attempt_id"
                                        + " WHERE a.submitted_at >= ? AND a.submitted_at < ? AND a.question_count > 1"
                                        + " AND a.step_id IN (" + steps + ")",
                                from,
                                to),
                        "a.account_id",
                        f)
                .and(" GROUP BY ai.question_id")
                .query(dataSource, rs -> addSums(rs, sums));
        population(
                        new Sql(
                                "SELECT ai.question_id, aa.choice_id, COUNT(*) FROM attempt_answer aa"
                                        + " JOIN attempt_item ai ON ai.id = aa.attempt_item_id"
                                        + " JOIN attempt a ON a.id = ai.attempt_id"
                                        + " JOIN choice c ON c.id = aa.choice_id"
                                        + " WHERE aa.selected = TRUE AND c.correct = FALSE"
                                        + " AND a.submitted_at >= ? AND a.submitted_at < ? AND a.step_id IN (" + steps
                                        + ")",
                                from,
                                to),
                        "a.account_id",
                        f)
                .and(" GROUP BY ai.question_id, aa.choice_id")
                .query(dataSource, rs -> addPicks(rs, wrong));
    }

    private static Void addSums(ResultSet rs, Map<Long, double[]> sums) throws SQLException {
        while (rs.next()) {
            double[] v = sums.computeIfAbsent(rs.getLong(1), k -> new double[5]);
            for (int i = 0; i < 5; i++) {
                v[i] += rs.getDouble(i + 2);
            }
        }
        return null;
    }

    private static Void addPicks(ResultSet rs, Map<Long, Map<Long, Long>> wrong) throws SQLException {
        while (rs.next()) {
            wrong.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).merge(rs.getLong(2), rs.getLong(3), Long::sum);
        }
        return null;
    }

    /**
     * Only learners who have joined an organisation of the filter's county, kind or id, when the
     * filter names one: {@code account} is the column holding the learner's account id.
     */
    private static Sql population(Sql sql, String account, StatsFilter f) {
        if (!f.restrictsPopulation()) {
            return sql;
        }
        sql.and(" AND EXISTS (SELECT 1 FROM membership pm JOIN organisation po ON po.id = pm.organisation_id"
                + " WHERE pm.account_id = " + account);
        if (f.county() != null) {
            sql.and(" AND po.county_code = ?", f.county());
        }
        if (f.kind() != null) {
            sql.and(" AND po.kind = ?", f.kind().name());
        }
        if (f.organisationId() != null) {
            sql.and(" AND po.id = ?", f.organisationId());
        }
        return sql.and(")");
    }

    private long count(Sql sql) {
        return sql.query(dataSource, rs -> rs.next() ? rs.getLong(1) : 0L);
    }
    /** A question version's text, for the question table: any version, retired ones included. */
    public record QuestionText(long id, long stepId, int version, boolean retired, LocalizedText text) {}

    /** The texts of the given question versions and of the given choices (by their ids). */
    public record Texts(Map<Long, QuestionText> questions, Map<Long, LocalizedText> choices) {}

    /** The texts the question table shows beside the figures of {@link #questions}. */
    public Texts texts(long actorId, Collection<Long> questionIds, Collection<Long> choiceIds) {
        administrator(actorId);
        Map<Long, QuestionText> questions = new HashMap<>();
        if (!questionIds.isEmpty()) {
            new Sql("SELECT q.id, q.step_id, q.version, q.retired, q.text_sv, q.text_en FROM question q WHERE q.id IN ("
                            + ids(questionIds) + ")")
                    .query(dataSource, rs -> {
                        while (rs.next()) {
                            questions.put(
                                    rs.getLong(1),
                                    new QuestionText(
                                            rs.getLong(1),
                                            rs.getLong(2),
                                            rs.getInt(3),
                                            rs.getBoolean(4),
                                            new LocalizedText(rs.getString(5), rs.getString(6))));
                        }
                        return null;
                    });
        }
        Map<Long, LocalizedText> choices = new HashMap<>();
        if (!choiceIds.isEmpty()) {
            new Sql("SELECT c.id, c.text_sv, c.text_en FROM choice c WHERE c.id IN (" + ids(choiceIds) + ")")
                    .query(dataSource, rs -> {
                        while (rs.next()) {
                            choices.put(rs.getLong(1), new LocalizedText(rs.getString(2), rs.getString(3)));
                        }
                        return null;
                    });
        }
        return new Texts(questions, choices);
    }

    private static String ids(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
