package se.battrebemotande.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import se.battrebemotande.course.CourseCatalog;
import se.battrebemotande.course.CourseOutline.PartOutline;
import se.battrebemotande.course.CourseOutline.StepOutline;
import se.battrebemotande.course.Question;
import se.battrebemotande.platform.Database;
import se.battrebemotande.stats.OrganisationTallies;
import se.battrebemotande.stats.QuestionPlaceTallies;
import se.battrebemotande.stats.QuestionTallies;

/**
 * A small known population in March 2002 (and February for the period before), written into the
 * test deployment's database for the statistics browser test, which cannot reach the database
 * itself: {@code POST /it/statistics-seed} removes and writes the rows again (ids from
 * {@link #BASE} up) and answers with what the test needs to know ({@code name=value} lines).
 * It exists only in the test WAR.
 *
 * <p>Learners 1–5 registered in March, 6 in February. Organisation A (Västernorrland, authority) has
 * learners 1, 2, 4; B (Jämtland, region) has 3. Started: 1, 2, 3 in March, 6 in February. The
 * first step: 1 watched and passed, 2 watched, 3 only began. Learner 1 has every part's certificate
 * and the diploma, 2 the first part's certificate, 6 the diploma in February. Four tests of the first
 * step: q1 right, right, right, wrong; q2 right, right, wrong, wrong.
 */
@WebServlet("/it/statistics-seed")
public class StatisticsSeed extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final long BASE = 920_000_000L;

    @Resource(lookup = Database.JNDI_NAME)
    transient DataSource dataSource;

    @Inject
    transient CourseCatalog catalog;

    @Inject
    transient QuestionTallies tallies;

    @Inject
    transient QuestionPlaceTallies placeTallies;

    @Inject
    transient OrganisationTallies organisationTallies;

    private static OffsetDateTime at(int month, int day) {
        return OffsetDateTime.of(2002, month, day, 12, 0, 0, 0, ZoneOffset.UTC);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<PartOutline> parts = catalog.outline().parts();
        StepOutline step = parts.get(0).steps().get(0);
        List<Question> bank = catalog.questionBank(step.id());
        Question q1 = bank.get(0);
        Question q2 = bank.get(1);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
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
            int[][] created = {{3, 5}, {3, 6}, {3, 7}, {3, 8}, {3, 9}, {2, 10}};
            for (int i = 0; i < created.length; i++) {
                insert(
                        c,
                        "INSERT INTO account (id, email, name, password_hash, language, role, created_at, version)"
                                + " VALUES (?, ?, ?, 'x', 'sv', 'LEARNER', ?, 0)",
                        BASE + i + 1,
                        "seed-" + (i + 1) + "-" + UUID.randomUUID() + "@example.se",
                        "Seed Learner " + (i + 1),
                        at(created[i][0], created[i][1]));
            }
            organisation(c, 1, "Statistikens förening " + suffix, "AUTHORITY", "22");
            organisation(c, 2, "Statistikens arbetsplats " + suffix, "REGION", "23");
            long[][] members = {{1, 1}, {1, 2}, {1, 4}, {2, 3}};
            for (int i = 0; i < members.length; i++) {
                insert(
                        c,
                        "INSERT INTO membership (id, organisation_id, account_id, email, role, language, added_at, joined_at, version)"
                                + " VALUES (?, ?, ?, ?, 'MEMBER', 'sv', ?, ?, 0)",
                        BASE + i + 1,
                        BASE + members[i][0],
                        BASE + members[i][1],
                        "seed-m" + i + "-" + UUID.randomUUID() + "@example.se",
                        at(3, 1),
                        at(3, 1));
            }
            int[][] started = {{1, 3, 6}, {2, 3, 10}, {3, 3, 20}, {6, 2, 10}};
            for (int[] st : started) {
                insert(
                        c,
                        "INSERT INTO learner_start (account_id, started_at) VALUES (?, ?)",
                        BASE + st[0],
                        at(st[1], st[2]));
            }
            progress(c, 1, 1, step.id(), at(3, 6), at(3, 6), at(3, 7));
            progress(c, 2, 2, step.id(), at(3, 10), at(3, 11), null);
            progress(c, 3, 3, step.id(), at(3, 20), null, null);
            for (int p = 0; p < parts.size(); p++) {
                diploma(c, 10 + p, 1, "PART", parts.get(p).id(), at(3, 21 + p));
            }
            diploma(c, 20, 1, "COURSE", null, at(3, 25));
            diploma(c, 22, 2, "PART", parts.get(0).id(), at(3, 15));
            diploma(c, 23, 6, "COURSE", null, at(2, 20));
            boolean[][] answers = {{true, true}, {true, true}, {true, false}, {false, false}};
            long[] wrong = {wrong(q1), wrong(q2)};
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
                    if (!answers[a][item]) {
                        insert(
                                c,
                                "INSERT INTO attempt_answer (attempt_item_id, choice_id, position, selected) VALUES (?, ?, 1, TRUE)",
                                id,
                                wrong[item]);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
        // Attempts written in the past by SQL: the question figures must come from the rows, not from
        // tallies a scheduled roll-up may have made of those days before (QuestionTallies). The figures
        // per organisation are counted again now, as the next scheduled rebuild would.
        tallies.empty();
        placeTallies.empty();
        organisationTallies.rebuild();
        response.setContentType("text/plain; charset=UTF-8");
        response.getWriter()
                .write("q1=" + q1.getId() + "\nq2=" + q2.getId() + "\nstep="
                        + step.title().sv() + "\nstepEn="
                        + step.title().in(java.util.Locale.ENGLISH) + "\nsuffix=" + suffix + "\norganisation="
                        + (BASE + 1) + "\n");
    }

    private static long wrong(Question q) {
        return q.getChoices().stream()
                .filter(ch -> !ch.isCorrect())
                .findFirst()
                .orElseThrow()
                .getId();
    }

    private static void organisation(Connection c, long id, String name, String kind, String county)
            throws SQLException {
        insert(
                c,
                "INSERT INTO organisation (id, name, kind, county_code, join_code, join_link_enabled, created_at, version)"
                        + " VALUES (?, ?, ?, ?, ?, TRUE, ?, 0)",
                BASE + id,
                name,
                kind,
                county,
                "Z" + UUID.randomUUID().toString().substring(0, 8),
                at(1, 1));
    }

    private static void progress(
            Connection c,
            long id,
            long learner,
            long step,
            OffsetDateTime started,
            OffsetDateTime watched,
            OffsetDateTime passed)
            throws SQLException {
        insert(
                c,
                "INSERT INTO step_progress (id, account_id, step_id, watched_intervals, watched_seconds, last_position,"
                        + " attempts, film_watched_at, passed_at, started_at, updated_at, version)"
                        + " VALUES (?, ?, ?, '', 0, 0, 0, ?, ?, ?, ?, 0)",
                BASE + id,
                BASE + learner,
                step,
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
                "SB" + UUID.randomUUID().toString().substring(0, 12),
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
}
