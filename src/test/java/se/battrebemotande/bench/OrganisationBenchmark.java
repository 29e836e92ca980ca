package se.battrebemotande.bench;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.battrebemotande.it.TestMail;
import se.battrebemotande.it.Web;

/**
 * Organisations at the size the course is meant for, against a running app whose mail goes to the
 * GreenMail server this starts (start the app with {@code MAIL_SMTP_HOST=127.0.0.1 MAIL_SMTP_PORT=3925
 * MAIL_SMTP_SECURITY=none}; README, "Benchmarks"):
 * <ol>
 *   <li>upload a CSV of 10 000 people, confirm the preview, and wait until all 10 000 invitations
 *       have arrived by SMTP;
 *   <li>time the first page of that organisation's member list and its XLSX export;
 *   <li>with a JDBC URL as the second argument (PostgreSQL), fill a second organisation with 10 000
 *       members who have joined, with progress, certificates and diplomas, and time its list and
 *       export the same way.
 * </ol>
 */
public final class OrganisationBenchmark {
    static final int PEOPLE = 10_000;
    static final int TIMED = 20;

    private OrganisationBenchmark() {}

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        String jdbc = args.length > 1 ? args[1] : null;
        TestMail.server();
        Web admin = new Web(URI.create(base).toURL());
        admin.registerNewLearner("Benchmark Administrator");
        String org = organisation(admin, "Benchmarkkommunen");

        StringBuilder csv = new StringBuilder("Namn;E-post\r\n");
        String run = Long.toString(System.currentTimeMillis(), 36);
        for (int i = 0; i < PEOPLE; i++) {
            csv.append("Person ")
                    .append(i)
                    .append(";person")
                    .append(i)
                    .append('.')
                    .append(run)
                    .append("@example.se\r\n");
        }
        long start = System.nanoTime();
        HttpResponse<String> uploaded = admin.upload(
                org + "/enrol/upload",
                "10000.csv",
                csv.toString().getBytes(StandardCharsets.UTF_8),
                "Accept",
                "application/json");
        String preview = group(uploaded.body(), "\"location\":\"([^\"]+)\"");
        long previewed = System.nanoTime();
        HttpResponse<String> confirmed =
                admin.submitPage(preview, "confirm", "submit", Map.of("language", "sv", "send-now", "true"));
        if (confirmed.statusCode() != 302) {
            throw new IllegalStateException("Confirming answered " + confirmed.statusCode());
        }
        long committed = System.nanoTime();
        if (!TestMail.server().waitForIncomingEmail(300_000, PEOPLE)) {
            throw new IllegalStateException(
                    "Only " + TestMail.server().getReceivedMessages().length + " mails in 5 minutes");
        }
        long mailed = System.nanoTime();
        System.out.printf(
                "Import and invite %d people: %.1f s in all (upload and preview %.1f s, confirm %.1f s, all %d mails received %.1f s after the confirmation)%n",
                PEOPLE,
                (mailed - start) / 1e9,
                (previewed - start) / 1e9,
                (committed - previewed) / 1e9,
                TestMail.server().getReceivedMessages().length,
                (mailed - committed) / 1e9);
        list(admin, org, "10 000 invited");

        if (jdbc != null) {
            Web second = new Web(URI.create(base).toURL());
            second.registerNewLearner("Benchmark Administrator 2");
            String joinedOrg = organisation(second, "Storkommunen");
            long seconds = seed(jdbc, Long.parseLong(joinedOrg.substring(joinedOrg.lastIndexOf('/') + 1)));
            System.out.printf("Seeded %d joined members with progress by JDBC in %.1f s%n", PEOPLE, seconds / 1e9);
            list(second, joinedOrg, "10 000 joined, with progress");
        }
        TestMail.server().stop();
        System.exit(0);
    }

    private static void list(Web admin, String org, String what) {
        for (int i = 0; i < 5; i++) {
            admin.get(org);
        }
        List<Double> page = new ArrayList<>();
        for (int i = 0; i < TIMED; i++) {
            long t = System.nanoTime();
            HttpResponse<String> response = admin.get(org);
            page.add((System.nanoTime() - t) / 1e6);
            check(response.statusCode(), org);
        }
        Collections.sort(page);
        List<Double> sorted = new ArrayList<>();
        for (int i = 0; i < TIMED; i++) {
            long t = System.nanoTime();
            check(admin.get(org + "?state=IN_PROGRESS&q=person").statusCode(), org);
            sorted.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(sorted);
        System.out.printf(
                "Member list, %s: first page median %.0f ms, p95 %.0f ms; filtered and searched median %.0f ms%n",
                what, page.get(TIMED / 2), page.get((int) (TIMED * 0.95)), sorted.get(TIMED / 2));
        for (String format : List.of("xlsx", "csv")) {
            long t = System.nanoTime();
            HttpResponse<byte[]> export = admin.getBytes(org + "/members." + format);
            check(export.statusCode(), format);
            System.out.printf(
                    "Export of all as %s: %.2f s, %d KB%n",
                    format.toUpperCase(), (System.nanoTime() - t) / 1e9, export.body().length / 1024);
        }
    }

    /** 10 000 accounts that joined the organisation, with the progress, certificates and diplomas they would have. */
    private static long seed(String jdbc, long organisationId) throws Exception {
        long start = System.nanoTime();
        Random random = new Random(42);
        try (Connection c = DriverManager.getConnection(jdbc)) {
            c.setAutoCommit(false);
            List<long[]> steps = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT s.id, s.part_id FROM step s JOIN part p ON p.id = s.part_id"
                            + " WHERE s.retired = FALSE AND p.retired = FALSE ORDER BY p.position, s.position")) {
                while (rs.next()) {
                    steps.add(new long[] {rs.getLong(1), rs.getLong(2)});
                }
            }
            long first;
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1000000 FROM account")) {
                rs.next();
                first = rs.getLong(1);
            }
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            try (PreparedStatement account = c.prepareStatement(
                            "INSERT INTO account (id, email, name, password_hash, language, role, created_at, version)"
                                    + " VALUES (?, ?, ?, 'x', 'sv', 'LEARNER', ?, 0)");
                    PreparedStatement member = c.prepareStatement(
                            "INSERT INTO membership (id, organisation_id, account_id, email, role, language, added_at,"
                                    + " joined_at, consented_at, version) VALUES (?, ?, ?, ?, 'MEMBER', 'sv', ?, ?, ?, 0)");
                    PreparedStatement progress = c.prepareStatement(
                            "INSERT INTO step_progress (id, account_id, step_id, watched_intervals, watched_seconds,"
                                    + " last_position, last_report_at, film_watched_at, attempts, passed_at, completed_at,"
                                    + " updated_at, version) VALUES (?, ?, ?, '', 100, 100, ?, ?, 1, ?, ?, ?, 0)");
                    PreparedStatement diploma = c.prepareStatement(
                            "INSERT INTO diploma (id, code, account_id, kind, part_id, holder_name, course_title_sv,"
                                    + " issuer_sv, issued_at) VALUES (?, ?, ?, ?, ?, ?, 'Bättre bemötande', 'Länsstyrelsen', ?)")) {
                long progressId = first * 20;
                long diplomaId = first * 5;
                for (int i = 0; i < PEOPLE; i++) {
                    long id = first + i;
                    OffsetDateTime joined = now.minusDays(random.nextInt(60));
                    account.setLong(1, id);
                    account.setString(2, "seeded-" + id + "@example.se");
                    account.setString(3, "Seeded Person " + i);
                    account.setObject(4, joined);
                    account.addBatch();
                    member.setLong(1, id);
                    member.setLong(2, organisationId);
                    member.setLong(3, id);
                    member.setString(4, "seeded-" + id + "@example.se");
                    member.setObject(5, joined);
                    member.setObject(6, joined);
                    member.setObject(7, joined);
                    member.addBatch();
                    int done = random.nextInt(steps.size() + 4) - 2;
                    done = Math.max(0, Math.min(steps.size(), done));
                    int started = Math.min(steps.size(), done + (random.nextBoolean() ? 1 : 0));
                    for (int s = 0; s < started; s++) {
                        OffsetDateTime at = joined.plusHours(s);
                        progress.setLong(1, progressId++);
                        progress.setLong(2, id);
                        progress.setLong(3, steps.get(s)[0]);
                        progress.setObject(4, at);
                        progress.setObject(5, s < done ? at : null);
                        progress.setObject(6, s < done ? at : null);
                        progress.setObject(7, s < done ? at : null);
                        progress.setObject(8, at);
                        progress.addBatch();
                    }
                    long lastPart = -1;
                    boolean partDone = true;
                    for (int s = 0; s <= steps.size(); s++) {
                        long part = s < steps.size() ? steps.get(s)[1] : -2;
                        if (part != lastPart && lastPart != -1 && partDone) {
                            diploma.setLong(1, diplomaId++);
                            diploma.setString(
                                    2, "P" + Long.toString(diplomaId, 36).toUpperCase());
                            diploma.setLong(3, id);
                            diploma.setString(4, "PART");
                            diploma.setLong(5, lastPart);
                            diploma.setString(6, "Seeded Person " + i);
                            diploma.setObject(7, joined.plusDays(1));
                            diploma.addBatch();
                        }
                        if (part != lastPart) {
                            partDone = true;
                            lastPart = part;
                        }
                        partDone &= s < done;
                    }
                    if (done == steps.size()) {
                        diploma.setLong(1, diplomaId++);
                        diploma.setString(2, "C" + Long.toString(diplomaId, 36).toUpperCase());
                        diploma.setLong(3, id);
                        diploma.setString(4, "COURSE");
                        diploma.setObject(5, null);
                        diploma.setString(6, "Seeded Person " + i);
                        diploma.setObject(7, joined.plusDays(1));
                        diploma.addBatch();
                    }
                    if (i % 1000 == 999) {
                        account.executeBatch();
                        member.executeBatch();
                        progress.executeBatch();
                        diploma.executeBatch();
                    }
                }
                account.executeBatch();
                member.executeBatch();
                progress.executeBatch();
                diploma.executeBatch();
            }
            c.commit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                // What autovacuum does after a bulk load: fresh statistics for the planner.
                s.execute("ANALYZE");
            }
        }
        return System.nanoTime() - start;
    }

    private static String organisation(Web admin, String name) {
        HttpResponse<String> created = admin.submitPage(
                "/org/new",
                "organisation",
                "submit",
                Map.of("name", name, "kind", "MUNICIPALITY", "county", "01", "municipality", "0180", "orgNumber", ""));
        check(created.statusCode() == 302 ? 200 : created.statusCode(), "/org/new");
        return created.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }

    private static String group(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("Not found: " + regex + " in " + text);
        }
        return m.group(1);
    }

    private static void check(int status, String what) {
        if (status != 200) {
            throw new IllegalStateException(what + " answered " + status);
        }
    }
}
