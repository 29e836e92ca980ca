package se.battrebemotande.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.battrebemotande.account.Accounts;
import se.battrebemotande.course.CourseCatalog;
import se.battrebemotande.course.CourseOutline.PartOutline;
import se.battrebemotande.course.CourseOutline.StepOutline;
import se.battrebemotande.course.Question;
import se.battrebemotande.organisation.OrganisationKind;
import se.battrebemotande.platform.Database;
import se.battrebemotande.platform.NotFoundException;
import se.battrebemotande.stats.OrganisationTallies;
import se.battrebemotande.stats.QuestionFigures;
import se.battrebemotande.stats.QuestionPlaceTallies;
import se.battrebemotande.stats.QuestionTallies;
import se.battrebemotande.stats.Statistics;
import se.battrebemotande.stats.StatsFilter;

/**
 * Every statistic on a small dataset in March 2001 (and February for the period before), with the
 * expected figures worked out by hand in the comments. The rows get ids of their own, removed and
 * written again before each test, so the figures do not depend on what other tests left behind.
 */
@ExtendWith(ArquillianExtension.class)
class StatisticsIT {
    static final long BASE = 900_000_000L;
    static final StatsFilter MARCH =
            new StatsFilter(LocalDate.of(2001, 3, 1), LocalDate.of(2001, 3, 31), null, null, null, null);

    @Deployment
    static WebArchive deployment() {
        return Deployments.war().addClasses(StatisticsIT.class, Deployments.class, Administrator.class);
    }

    @Inject
    Statistics statistics;

    @Inject
    Accounts accounts;

    @Inject
    CourseCatalog catalog;

    @Inject
    QuestionTallies tallies;

    @Inject
    QuestionPlaceTallies placeTallies;

    @Inject
    OrganisationTallies organisationTallies;

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    long admin;
    List<PartOutline> parts;
    StepOutline step;
    Question q1;
    Question q2;

    private static OffsetDateTime at(int month, int day) {
        return OffsetDateTime.of(2001, month, day, 12, 0, 0, 0, ZoneOffset.UTC);
    }

    /** Removes the rows of the dataset (every id from {@link #BASE} up), so no other test sees them. */
    @AfterEach
    void removeDataset() throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            for (String table : List.of(
                    "attempt_answer WHERE attempt_item_id",
                    "attempt_item WHERE id",
                    "attempt WHERE id",
                    "step_progress WHERE id",
                    "diploma_part WHERE diploma_id",
                    "diploma WHERE id",
                    "learner_start WHERE account_id",
                    "membership WHERE id",
                    "organisation WHERE id",
                    "account WHERE id")) {
                if (table.startsWith("diploma WHERE")) {
                    s.execute("UPDATE diploma SET replaced_by = NULL WHERE id >= " + BASE);
                }
                s.execute("DELETE FROM " + table + " >= " + BASE);
            }
        }
    }

    @BeforeEach
    void dataset() throws SQLException {
        admin = Administrator.account(accounts);
        parts = catalog.outline().parts();
        step = parts.get(0).steps().get(0);
        List<Question> bank = catalog.questionBank(step.id());
        q1 = bank.get(0);
        q2 = bank.get(1);
        removeDataset();
        try (Connection c = dataSource.getConnection()) {
            // Learners 1–5 registered in March, 6 in February.
            int[][] created = {{3, 5}, {3, 6}, {3, 7}, {3, 8}, {3, 9}, {2, 10}};
            for (int i = 0; i < created.length; i++) {
                insert(
                        c,
                        "INSERT INTO account (id, email, name, password_hash, language, role, created_at, version)"
                                + " VALUES (?, ?, ?, 'x', 'sv', 'LEARNER', ?, 0)",
                        BASE + i + 1,
                        "stats-learner-" + (i + 1) + "-" + UUID.randomUUID() + "@example.se",
                        "Learner " + (i + 1),
                        at(created[i][0], created[i][1]));
            }
            // Organisation A (Norrbotten, association): learners 1, 2, 4. B (Stockholm, workplace): learner 3.
            insert(
                    c,
                    "INSERT INTO organisation (id, name, kind, county_code, join_code, join_link_enabled, created_at, version)"
                            + " VALUES (?, 'Statistik-IT-föreningen', 'ASSOCIATION', '25', ?, TRUE, ?, 0)",
                    BASE + 1,
                    "S" + UUID.randomUUID().toString().substring(0, 8),
                    at(1, 1));
            insert(
                    c,
                    "INSERT INTO organisation (id, name, kind, county_code, join_code, join_link_enabled, created_at, version)"
                            + " VALUES (?, 'Statistik-IT-arbetsplatsen', 'WORKPLACE', '01', ?, TRUE, ?, 0)",
                    BASE + 2,
                    "T" + UUID.randomUUID().toString().substring(0, 8),
                    at(1, 1));
            long[][] members = {{1, 1}, {1, 2}, {1, 4}, {2, 3}};
            for (int i = 0; i < members.length; i++) {
                insert(
                        c,
                        "INSERT INTO membership (id, organisation_id, account_id, email, role, language, added_at, joined_at, version)"
                                + " VALUES (?, ?, ?, ?, 'MEMBER', 'sv', ?, ?, 0)",
                        BASE + i + 1,
                        BASE + members[i][0],
                        BASE + members[i][1],
                        "m" + i + "-" + UUID.randomUUID() + "@example.se",
                        at(3, 1),
                        at(3, 1));
            }
            // Started: learners 1, 2, 3 in March, 6 in February.
            int[][] started = {{1, 3, 6}, {2, 3, 10}, {3, 3, 20}, {6, 2, 10}};
            for (int[] st : started) {
                insert(
                        c,
                        "INSERT INTO learner_start (account_id, started_at) VALUES (?, ?)",
                        BASE + st[0],
                        at(st[1], st[2]));
            }
            // The first step: learner 1 watched and passed, 2 watched, 3 only began.
            progress(c, 1, 1, at(3, 6), at(3, 6), at(3, 7));
            progress(c, 2, 2, at(3, 10), at(3, 11), null);
            progress(c, 3, 3, at(3, 20), null, null);
            // Learner 1: every part's certificate and the diploma, which was reissued; learner 2 part 1; learner 6 the
            // diploma in February.
            for (int p = 0; p < parts.size(); p++) {
                diploma(c, 10 + p, 1, "PART", parts.get(p).id(), at(3, 21 + p));
            }
            // As a reissue does it: the old diploma stops being valid before the new one is stored.
            diploma(c, 20, 1, "COURSE", null, at(3, 25));
            c.createStatement().execute("UPDATE diploma SET revoked_at = CURRENT_TIMESTAMP WHERE id = " + (BASE + 20));
            diploma(c, 21, 1, "COURSE", null, at(3, 28));
            c.createStatement()
                    .execute("UPDATE diploma SET replaced_by = " + (BASE + 21) + " WHERE id = " + (BASE + 20));
            diploma(c, 22, 2, "PART", parts.get(0).id(), at(3, 15));
            diploma(c, 23, 6, "COURSE", null, at(2, 20));
            // Four two-question tests: q1 right, right, right, wrong; q2 right, right, wrong, wrong.
            boolean[][] answers = {{true, true}, {true, true}, {true, false}, {false, false}};
            long wrongChoice = q1.getChoices().stream()
                    .filter(ch -> !ch.isCorrect())
                    .findFirst()
                    .orElseThrow()
                    .getId();
            for (int a = 0; a < answers.length; a++) {
                int right = (answers[a][0] ? 1 : 0) + (answers[a][1] ? 1 : 0);
                insert(
                        c,
                        "INSERT INTO attempt (id, account_id, step_id, started_at, submitted_at, pass_mark, correct_count,"
                                + " question_count, score_percent, passed, version) VALUES (?, ?, ?, ?, ?, 0.8, ?, 2, ?, ?, 0)",
                        BASE + a + 1,
                        BASE + a + 1,
                        step.id(),
                        at(3, 12),
                        at(3, 12),
                        right,
                        right * 50,
                        right == 2);
                for (int item = 0; item < 2; item++) {
                    long id = BASE + a * 10 + item + 1;
                    insert(
                            c,
                            "INSERT INTO attempt_item (id, attempt_id, question_id, position, correct) VALUES (?, ?, ?, ?, ?)",
                            id,
                            BASE + a + 1,
                            (item == 0 ? q1 : q2).getId(),
                            item + 1,
                            answers[a][item]);
                }
                if (!answers[a][0]) {
                    insert(
                            c,
                            "INSERT INTO attempt_answer (attempt_item_id, choice_id, position, selected) VALUES (?, ?, 1, TRUE)",
                            BASE + a * 10 + 1,
                            wrongChoice);
                }
            }
        }
        // Every test counts from the attempt rows, except those that sum the tallies first; the figures per
        // organisation are counted again, as the scheduled rebuild does.
        tallies.empty();
        placeTallies.empty();
        organisationTallies.rebuild();
    }

    private static void progress(
            Connection c, long id, long learner, OffsetDateTime started, OffsetDateTime watched, OffsetDateTime passed)
            throws SQLException {
        insert(
                c,
                "INSERT INTO step_progress (id, account_id, step_id, watched_intervals, watched_seconds, last_position,"
                        + " attempts, film_watched_at, passed_at, started_at, updated_at, version)"
                        + " VALUES (?, ?, (SELECT MIN(s.id) FROM step s JOIN part p ON p.id = s.part_id WHERE p.position = 1"
                        + " AND s.position = 1 AND s.retired = FALSE), '', 0, 0, 0, ?, ?, ?, ?, 0)",
                BASE + id,
                BASE + learner,
                watched,
                passed,
                started,
                started);
    }

    private static void diploma(Connection c, long id, long learner, String kind, Long part, OffsetDateTime issued)
            throws SQLException {
        insert(
                c,
                "INSERT INTO diploma (id, code, account_id, kind, part_id, holder_name, course_title_sv, issuer_sv, issued_at)"
                        + " VALUES (?, ?, ?, ?, ?, 'Holder', 'Kurs', 'Lst', ?)",
                BASE + id,
                "ST" + UUID.randomUUID().toString().substring(0, 12),
                BASE + learner,
                kind,
                part,
                issued);
    }

    private static void insert(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                p.setObject(i + 1, values[i]);
            }
            p.executeUpdate();
        }
    }

    @Test
    void theOverviewCountsThePeriodAndThePeriodBefore() {
        Statistics.Overview o = statistics.overview(admin, MARCH);
        assertEquals(new Statistics.Change(5, 1), o.registered(), "learners 1–5 in March, 6 in February");
        assertEquals(new Statistics.Change(3, 1), o.started());
        assertEquals(new Statistics.Change(1, 1), o.finished(), "the reissued diploma counts once");
        assertEquals(2, o.parts().get(0).finished().current(), "part 1: learners 1 and 2");
        assertEquals(1, o.parts().get(1).finished().current());
        assertEquals(6, o.documents().current(), "three certificates and two diplomas for 1, one certificate for 2");
        assertEquals(400.0, o.registered().percent(), 0.001);
        assertNull(new Statistics.Change(3, 0).percent());
    }

    @Test
    void filtersByCountyKindOrganisationAndPart() {
        StatsFilter norrbotten = new StatsFilter(MARCH.from(), MARCH.until(), "25", null, null, null);
        Statistics.Overview o = statistics.overview(admin, norrbotten);
        assertEquals(3, o.registered().current(), "learners 1, 2, 4 belong to the association");
        assertEquals(2, o.started().current());
        assertEquals(1, o.finished().current());
        StatsFilter workplaces =
                new StatsFilter(MARCH.from(), MARCH.until(), null, OrganisationKind.WORKPLACE, null, null);
        assertEquals(1, statistics.overview(admin, workplaces).started().current(), "learner 3");
        StatsFilter b = new StatsFilter(MARCH.from(), MARCH.until(), null, null, BASE + 2, null);
        assertEquals(0, statistics.overview(admin, b).finished().current());
        StatsFilter part1 = new StatsFilter(
                MARCH.from(), MARCH.until(), null, null, null, parts.get(0).id());
        Statistics.Overview first = statistics.overview(admin, part1);
        assertEquals(3, first.started().current(), "1, 2 and 3 began a step of part 1");
        assertEquals(1, first.parts().size());
        assertEquals(2, first.documents().current(), "the certificates of part 1: learner 1's and learner 2's");
    }

    @Test
    void countsPerDayInSwedishTime() {
        Map<LocalDate, Statistics.TimePoint> days = statistics.perDay(admin, MARCH).stream()
                .collect(Collectors.toMap(Statistics.TimePoint::start, Function.identity()));
        assertEquals(31, days.size());
        assertEquals(1, days.get(LocalDate.of(2001, 3, 5)).registrations());
        assertEquals(1, days.get(LocalDate.of(2001, 3, 10)).starts());
        assertEquals(1, days.get(LocalDate.of(2001, 3, 25)).completions(), "the learner finished on the 25th");
        assertEquals(0, days.get(LocalDate.of(2001, 3, 28)).completions(), "the reissue is not a second completion");
        assertEquals(1, days.get(LocalDate.of(2001, 3, 28)).documents(), "but it is a document issued");
        assertEquals(
                2,
                days.get(LocalDate.of(2001, 3, 15)).documents()
                        + days.get(LocalDate.of(2001, 3, 21)).documents());
    }

    @Test
    void countsPerCountyKindAndOrganisation() throws SQLException {
        Map<String, Statistics.PlaceRow> counties = byPlace(true);
        Map<String, Statistics.PlaceRow> kinds = byPlace(false);
        removeDataset();
        organisationTallies.rebuild();
        Map<String, Statistics.PlaceRow> countiesOfOthers = byPlace(true);
        Map<String, Statistics.PlaceRow> kindsOfOthers = byPlace(false);
        dataset();
        // Members are counted whenever they joined, so other tests' organisations are taken away.
        assertEquals(new Statistics.PlaceRow("25", 3, 2, 1), minus(counties, countiesOfOthers, "25"));
        assertEquals(new Statistics.PlaceRow("01", 1, 1, 0), minus(counties, countiesOfOthers, "01"));
        assertEquals(3, minus(kinds, kindsOfOthers, "ASSOCIATION").members());
        List<Statistics.OrganisationRow> orgs = statistics.organisations(
                admin, MARCH, "statistik-it", Statistics.OrganisationColumn.MEMBERS, false, 0, 10);
        assertEquals(2, orgs.size());
        assertEquals("Statistik-IT-föreningen", orgs.get(0).name());
        assertEquals(1 / 3.0, orgs.get(0).finishedShare(), 0.0001);
        assertEquals(2, statistics.organisationCount(admin, MARCH, "statistik-it"));
        assertEquals(
                1,
                statistics.organisationCount(
                        admin, new StatsFilter(MARCH.from(), MARCH.until(), "01", null, null, null), "statistik-it"));
    }

    @Test
    void theFiguresPerPlaceAreThoseOfTheLastCountUntilTheNext() throws SQLException {
        long members = byPlace(true).get("25").members();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("DELETE FROM membership WHERE id = " + (BASE + 3));
        }
        assertEquals(members, byPlace(true).get("25").members(), "learner 4 still counts until the next count");
        Instant counted = statistics.countPlacesNow(admin);
        assertEquals(members - 1, byPlace(true).get("25").members(), "learner 4 has left");
        assertEquals(counted, statistics.placesCountedAt(admin));
    }

    private Map<String, Statistics.PlaceRow> byPlace(boolean byCounty) {
        return statistics.byPlace(admin, MARCH, byCounty).stream()
                .collect(Collectors.toMap(Statistics.PlaceRow::key, Function.identity()));
    }

    private static Statistics.PlaceRow minus(
            Map<String, Statistics.PlaceRow> all, Map<String, Statistics.PlaceRow> others, String key) {
        Statistics.PlaceRow a = all.get(key);
        Statistics.PlaceRow o = others.getOrDefault(key, new Statistics.PlaceRow(key, 0, 0, 0));
        return new Statistics.PlaceRow(
                key, a.members() - o.members(), a.started() - o.started(), a.finished() - o.finished());
    }

    @Test
    void theFunnelFollowsThoseWhoBeganEachStep() {
        Statistics.FunnelStep first = statistics.funnel(admin, MARCH).get(0);
        assertEquals(step.id(), first.step().id());
        assertEquals(3, first.started());
        assertEquals(2, first.watched());
        assertEquals(1, first.passed());
    }

    @Test
    void questionsHaveRightSharesWrongChoicesAndDiscrimination() {
        Map<Long, QuestionFigures> questions = statistics.questions(admin, MARCH).stream()
                .collect(Collectors.toMap(QuestionFigures::questionId, Function.identity()));
        QuestionFigures first = questions.get(q1.getId());
        assertEquals(4, first.answered());
        assertEquals(0.75, first.rightShare(), 0.0001);
        // x = 1,1,1,0 and the rest of the test y = 1,1,0,0: r = (4·2 − 3·2) / √((4·3 − 9)(4·2 − 4)) = 2/√12
        assertEquals(2 / Math.sqrt(12), first.discrimination(), 0.0001);
        assertEquals(1, first.wrongPicks());
        assertEquals(0.5, questions.get(q2.getId()).rightShare(), 0.0001);
    }

    @Test
    void questionFiguresFromTheTalliesAreTheSameAsFromTheRows() {
        List<QuestionFigures> fromRows = statistics.questions(admin, MARCH);
        tallies.rebuild();
        assertTrue(tallies.rolledUntil().isAfter(MARCH.end()), "March 2001 is tallied");
        List<QuestionFigures> fromTallies = statistics.questions(admin, MARCH);
        assertEquals(fromRows, fromTallies);
        QuestionFigures first = fromTallies.stream()
                .filter(q -> q.questionId() == q1.getId())
                .findFirst()
                .orElseThrow();
        assertEquals(4, first.answered());
        assertEquals(0.75, first.rightShare(), 0.0001);
        assertEquals(2 / Math.sqrt(12), first.discrimination(), 0.0001);
        assertEquals(1, first.wrongPicks());
        // Half of March from the tallies and half from the rows still adds up to the same.
        StatsFilter firstHalf =
                new StatsFilter(LocalDate.of(2001, 3, 1), LocalDate.of(2001, 3, 15), null, null, null, null);
        StatsFilter secondHalf =
                new StatsFilter(LocalDate.of(2001, 3, 16), LocalDate.of(2001, 3, 31), null, null, null, null);
        long answered = statistics.questions(admin, firstHalf).stream()
                        .mapToLong(QuestionFigures::answered)
                        .sum()
                + statistics.questions(admin, secondHalf).stream()
                        .mapToLong(QuestionFigures::answered)
                        .sum();
        assertEquals(fromRows.stream().mapToLong(QuestionFigures::answered).sum(), answered);
    }

    @Test
    void questionFiguresOfACountyOrKindFromTheMonthTalliesAreTheSameAsFromTheRows() {
        StatsFilter norrbotten = new StatsFilter(MARCH.from(), MARCH.until(), "25", null, null, null);
        StatsFilter associations =
                new StatsFilter(MARCH.from(), MARCH.until(), null, OrganisationKind.ASSOCIATION, null, null);
        // Around March, so that its edges are counted from the rows and March itself from the tallies.
        StatsFilter around =
                new StatsFilter(LocalDate.of(2001, 2, 20), LocalDate.of(2001, 4, 10), "25", null, null, null);
        List<QuestionFigures> countyFromRows = statistics.questions(admin, norrbotten);
        List<QuestionFigures> kindFromRows = statistics.questions(admin, associations);
        List<QuestionFigures> aroundFromRows = statistics.questions(admin, around);
        QuestionFigures first = figures(countyFromRows, q1.getId());
        assertEquals(3, first.answered(), "learners 1, 2 and 4 belong to the association in Norrbotten");
        assertEquals(2 / 3.0, first.rightShare(), 0.0001);
        assertEquals(1, first.wrongPicks(), "learner 4's wrong choice");

        placeTallies.rollUp();
        assertTrue(placeTallies.rolledUntil().isAfter(LocalDate.of(2001, 3, 31)), "March 2001 is tallied");
        assertEquals(countyFromRows, statistics.questions(admin, norrbotten));
        assertEquals(kindFromRows, statistics.questions(admin, associations));
        assertEquals(aroundFromRows, statistics.questions(admin, around));
        assertEquals(3, figures(statistics.questions(admin, around), q1.getId()).answered());
    }

    private static QuestionFigures figures(List<QuestionFigures> all, long questionId) {
        return all.stream()
                .filter(q -> q.questionId() == questionId)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void onlyAdministratorsGetStatistics() {
        long learner = accounts.register(
                        "L", "stats-l-" + UUID.randomUUID() + "@example.se", "ett långt lösenord", Locale.ENGLISH)
                .getId();
        assertThrows(NotFoundException.class, () -> statistics.overview(learner, MARCH));
        assertThrows(NotFoundException.class, () -> statistics.questions(learner, MARCH));
    }
}
