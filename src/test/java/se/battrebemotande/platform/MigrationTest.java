package se.battrebemotande.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The migrations on an empty H2 database, and what they do to data written before them. */
class MigrationTest {

    @Test
    void answersKeptAsListsBecomeRowsInTheOrderShown() throws SQLException {
        String url = "jdbc:h2:mem:migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").target("4").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                Statement s = c.createStatement()) {
            s.execute("INSERT INTO course (id, slug, title_sv, issuer_sv, fingerprint, imported_at)"
                    + " VALUES (1, 'k', 'Kurs', 'Lst', 'x', CURRENT_TIMESTAMP)");
            s.execute("INSERT INTO part (id, course_id, slug, position, title_sv) VALUES (1, 1, 'd', 1, 'Del')");
            s.execute("INSERT INTO step (id, part_id, slug, position, kind, title_sv, film_path, film_content_type,"
                    + " duration_seconds, transcript_sv, watch_threshold, questions_per_test, pass_mark)"
                    + " VALUES (1, 1, 's', 1, 'FILM', 'Steg', 'f.mp4', 'video/mp4', 10, 't', 0.9, 1, 0.8)");
            s.execute("INSERT INTO question (id, step_id, question_key, position, multiple, text_sv, explanation_sv)"
                    + " VALUES (1, 1, 'q', 1, TRUE, 'Fråga', 'Förklaring')");
            for (int i = 5; i <= 7; i++) {
                s.execute("INSERT INTO choice (id, question_id, choice_key, position, text_sv, correct)" + " VALUES ("
                        + i + ", 1, 'c" + i + "', " + i + ", 'Val', " + (i != 6) + ")");
            }
            s.execute("INSERT INTO account (id, email, name, password_hash, language, role, created_at, version)"
                    + " VALUES (1, 'a@x.se', 'A', 'h', 'sv', 'LEARNER', CURRENT_TIMESTAMP, 0)");
            s.execute("INSERT INTO attempt (id, account_id, step_id, started_at, pass_mark, question_count, version)"
                    + " VALUES (1, 1, 1, CURRENT_TIMESTAMP, 0.8, 1, 0)");
            s.execute(
                    "INSERT INTO attempt_item (id, attempt_id, question_id, position, choice_order, selected, correct)"
                            + " VALUES (1, 1, 1, 1, '6,5,7', '5,7', TRUE)");
        }
        Flyway.configure().dataSource(url, "sa", "").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT choice_id, position, selected FROM attempt_answer WHERE attempt_item_id = 1 ORDER BY position")) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getLong(1) + "@" + rs.getInt(2) + (rs.getBoolean(3) ? " ticked" : ""));
            }
            assertEquals(List.of("6@1", "5@2 ticked", "7@3 ticked"), rows);
        }
    }

    @Test
    void atMostOneValidDocumentPerHolderKindAndPartAndEarlierDuplicatesKeepTheFirst() throws SQLException {
        String url = "jdbc:h2:mem:migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").target("11").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                Statement s = c.createStatement()) {
            s.execute("INSERT INTO course (id, slug, title_sv, issuer_sv, fingerprint, imported_at)"
                    + " VALUES (1, 'k', 'Kurs', 'Lst', 'x', CURRENT_TIMESTAMP)");
            s.execute("INSERT INTO part (id, course_id, slug, position, title_sv) VALUES (1, 1, 'd', 1, 'Del')");
            s.execute("INSERT INTO account (id, email, name, password_hash, language, role, created_at, version)"
                    + " VALUES (1, 'a@x.se', 'A', 'h', 'sv', 'LEARNER', CURRENT_TIMESTAMP, 0)");
            for (int id = 1; id <= 2; id++) {
                s.execute(diploma(id, "TIMESTAMP '2026-0" + id + "-01 10:00:00'", "NULL"));
            }
        }
        Flyway.configure().dataSource(url, "sa", "").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                Statement s = c.createStatement()) {
            ResultSet rs = s.executeQuery("SELECT id FROM diploma WHERE revoked_at IS NULL");
            assertTrue(rs.next());
            assertEquals(1, rs.getLong(1), "the first stays valid");
            assertThrows(SQLException.class, () -> s.execute(diploma(3, "CURRENT_TIMESTAMP", "NULL")));
            s.execute(diploma(4, "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP"));
        }
    }

    private static String diploma(int id, String issued, String revoked) {
        return "INSERT INTO diploma (id, code, account_id, kind, part_id, holder_name, course_title_sv, issuer_sv,"
                + " issued_at, revoked_at) VALUES (" + id + ", 'CODE" + id + "', 1, 'PART', 1, 'A', 'Kurs', 'Lst', "
                + issued + ", " + revoked + ")";
    }
}
