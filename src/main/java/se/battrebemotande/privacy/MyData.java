package se.battrebemotande.privacy;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.battrebemotande.account.Account;
import se.battrebemotande.account.Accounts;

/**
 * Everything stored about one person, as one JSON document with names a person can read: the
 * account, the progress on each step (which seconds of each film were played, and which bytes of the
 * film were sent to the browser), every test attempt
 * with each question, the choices offered and those ticked, the certificates and diplomas, the
 * organisations joined, and the mail sent to the address. Titles and texts are in Swedish, as the
 * course was written.
 */
@Stateless
public class MyData {
    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Clock clock;

    public JsonObject of(long accountId) {
        Account account = accounts.get(accountId);
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("exportedAt", Instant.now(clock).toString())
                .add(
                        "account",
                        Json.createObjectBuilder()
                                .add("name", account.getName())
                                .add("email", account.getEmail())
                                .add("emailConfirmedAt", text(account.getEmailVerifiedAt()))
                                .add("language", account.getLanguage().getLanguage())
                                .add("role", account.getRole().name())
                                .add("createdAt", text(account.getCreatedAt())));
        json.add("courseProgress", progress(accountId));
        json.add("filmDelivered", delivered(accountId));
        json.add("testAttempts", attempts(accountId));
        json.add("diplomas", diplomas(accountId));
        json.add("organisations", organisations(accountId));
        json.add("mail", mail(account.getEmail()));
        return json.build();
    }

    private JsonArrayBuilder progress(long accountId) {
        JsonArrayBuilder all = Json.createArrayBuilder();
        rows(
                        "SELECT p.title_sv, s.title_sv, sp.started_at, sp.watched_intervals, sp.watched_seconds,"
                                + " sp.last_position, sp.last_report_at, sp.film_watched_at, sp.attempts, sp.best_score,"
                                + " sp.passed_at, sp.completed_at FROM step_progress sp JOIN step s ON s.id = sp.step_id"
                                + " JOIN part p ON p.id = s.part_id WHERE sp.account_id = ?1 ORDER BY p.position, s.position",
                        accountId)
                .forEach(r -> all.add(object(
                        "part", r[0],
                        "step", r[1],
                        "startedAt", r[2],
                        "filmSecondsPlayed", r[3],
                        "filmSecondsCredited", r[4],
                        "lastPositionSeconds", r[5],
                        "lastPlayerReportAt", r[6],
                        "filmWatchedAt", r[7],
                        "testAttempts", r[8],
                        "bestScorePercent", r[9],
                        "testPassedAt", r[10],
                        "stepCompletedAt", r[11])));
        return all;
    }

    /** Which bytes of each step's film the site sent to the person's browser (learning.DeliveredBytes). */
    private JsonArrayBuilder delivered(long accountId) {
        JsonArrayBuilder all = Json.createArrayBuilder();
        rows(
                        "SELECT s.title_sv, f.ranges, f.updated_at FROM film_delivery f JOIN step s ON s.id = f.step_id"
                                + " WHERE f.account_id = ?1 ORDER BY s.id",
                        accountId)
                .forEach(r -> all.add(object("step", r[0], "fileSizeAndByteRanges", r[1], "lastDeliveredAt", r[2])));
        return all;
    }

    private JsonArrayBuilder attempts(long accountId) {
        JsonArrayBuilder all = Json.createArrayBuilder();
        for (Object[] a : rows(
                "SELECT a.id, s.title_sv, a.started_at, a.submitted_at, a.score_percent, a.passed FROM attempt a"
                        + " JOIN step s ON s.id = a.step_id WHERE a.account_id = ?1 ORDER BY a.started_at, a.id",
                accountId)) {
            JsonArrayBuilder questions = Json.createArrayBuilder();
            Map<Long, JsonObjectBuilder> items = new LinkedHashMap<>();
            Map<Long, JsonArrayBuilder> offered = new LinkedHashMap<>();
            Map<Long, JsonArrayBuilder> ticked = new LinkedHashMap<>();
            for (Object[] r : rows(
                    "SELECT i.id, q.text_sv, i.correct, c.text_sv, ans.selected FROM attempt_item i"
                            + " JOIN question q ON q.id = i.question_id"
                            + " LEFT JOIN attempt_answer ans ON ans.attempt_item_id = i.id"
                            + " LEFT JOIN choice c ON c.id = ans.choice_id"
                            + " WHERE i.attempt_id = ?1 ORDER BY i.position, ans.position",
                    a[0])) {
                long item = ((Number) r[0]).longValue();
                items.computeIfAbsent(item, k -> object("question", r[1], "answeredRight", r[2]));
                offered.computeIfAbsent(item, k -> Json.createArrayBuilder());
                ticked.computeIfAbsent(item, k -> Json.createArrayBuilder());
                if (r[3] != null) {
                    offered.get(item).add((String) r[3]);
                    if (Boolean.TRUE.equals(r[4])) {
                        ticked.get(item).add((String) r[3]);
                    }
                }
            }
            items.forEach((item, q) ->
                    questions.add(q.add("choicesOffered", offered.get(item)).add("choicesTicked", ticked.get(item))));
            all.add(object("step", a[1], "startedAt", a[2], "submittedAt", a[3], "scorePercent", a[4], "passed", a[5])
                    .add("questions", questions));
        }
        return all;
    }

    private JsonArrayBuilder diplomas(long accountId) {
        JsonArrayBuilder all = Json.createArrayBuilder();
        rows(
                        "SELECT d.kind, d.code, d.holder_name, d.issued_at, d.revoked_at, d.revocation_kind FROM diploma d"
                                + " WHERE d.account_id = ?1 ORDER BY d.issued_at, d.id",
                        accountId)
                .forEach(r -> all.add(object(
                        "kind", r[0],
                        "verificationCode", r[1],
                        "nameOnDocument", r[2],
                        "issuedAt", r[3],
                        "revokedAt", r[4],
                        "revocation", r[5])));
        return all;
    }

    private JsonArrayBuilder organisations(long accountId) {
        JsonArrayBuilder all = Json.createArrayBuilder();
        rows(
                        "SELECT o.name, m.role, m.joined_at, m.consented_at FROM membership m"
                                + " JOIN organisation o ON o.id = m.organisation_id WHERE m.account_id = ?1 ORDER BY o.name",
                        accountId)
                .forEach(r ->
                        all.add(object("organisation", r[0], "role", r[1], "joinedAt", r[2], "consentedAt", r[3])));
        return all;
    }

    private JsonArrayBuilder mail(String email) {
        JsonArrayBuilder all = Json.createArrayBuilder();
        rows(
                        "SELECT m.template, m.created_at, m.status, m.sent_at FROM mail m WHERE m.recipient = ?1"
                                + " ORDER BY m.created_at",
                        email)
                .forEach(r -> all.add(object("kind", r[0], "queuedAt", r[1], "status", r[2], "sentAt", r[3])));
        return all;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object parameter) {
        return em.createNativeQuery(sql).setParameter(1, parameter).getResultList();
    }

    /** An object of name–value pairs; times become ISO text, nulls stay null. */
    private static JsonObjectBuilder object(Object... pairs) {
        JsonObjectBuilder o = Json.createObjectBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            String name = (String) pairs[i];
            Object value = pairs[i + 1];
            if (value == null) {
                o.addNull(name);
            } else if (value instanceof Boolean b) {
                o.add(name, b);
            } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
                o.add(name, ((Number) value).longValue());
            } else if (value instanceof Number n) {
                o.add(name, n.doubleValue());
            } else {
                o.add(name, text(value));
            }
        }
        return o;
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Timestamp t) {
            return t.toInstant().toString();
        }
        if (value instanceof OffsetDateTime t) {
            return t.toInstant().toString();
        }
        return value.toString();
    }
}
