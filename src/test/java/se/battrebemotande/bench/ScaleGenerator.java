package se.battrebemotande.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import se.battrebemotande.diploma.VerificationCode;
import se.battrebemotande.organisation.OrganisationKind;
import se.battrebemotande.organisation.Regions;
import se.battrebemotande.organisation.Regions.Municipality;

/**
 * Fills a PostgreSQL database with the population the statistics must carry: a million learners
 * registered over two years, 20 000 organisations in every county and of every kind with their
 * members, and the step progress, test attempts (with every question and choice shown and ticked),
 * part certificates and course diplomas such a population produces (README, "Benchmarks").
 *
 * <p>It migrates the database with the app's own Flyway migrations, then needs the course itself:
 * start the app against the database once (it imports the course package), then run this. Rows go
 * in by {@code COPY} on one connection per table, with the tables' plain indexes dropped during the
 * load and built again after it, and foreign keys not checked row by row (the rows are made
 * consistent here); then {@code ANALYZE}, as after any bulk load. Every generated learner can sign
 * in with the password {@value #PASSWORD}.
 *
 * <p>The population: registrations grow over the two years; 82 % join an organisation (6 % a
 * second one), whose sizes follow a long tail; 35 % start the course, a quarter of them keen (they
 * mostly finish) and the rest casual (they mostly stop after a step or two); each learner has an
 * ability that, with each question's difficulty, decides their answers, so the question statistics
 * and discrimination indices mean something (a tenth of the questions are "unclear": answered at
 * random).
 */
public final class ScaleGenerator {
    static final String PASSWORD = "benchmark-lösenord";
    static final int DAYS = 730;
    static final long SEED = 20261130L;

    private static final String[] FIRST = {
        "Anna",
        "Eva",
        "Maria",
        "Karin",
        "Sara",
        "Lena",
        "Emma",
        "Kerstin",
        "Ingrid",
        "Marie",
        "Malin",
        "Jenny",
        "Hanna",
        "Linda",
        "Sofia",
        "Elin",
        "Ida",
        "Johanna",
        "Amira",
        "Fatima",
        "Leila",
        "Noor",
        "Ebba",
        "Maja",
        "Erik",
        "Lars",
        "Karl",
        "Anders",
        "Johan",
        "Per",
        "Nils",
        "Mikael",
        "Jan",
        "Hans",
        "Peter",
        "Olof",
        "Lennart",
        "Gunnar",
        "Sven",
        "Fredrik",
        "Daniel",
        "Mohammed",
        "Ali",
        "Ahmed",
        "Omar",
        "Hassan",
        "Oskar",
        "Viktor",
        "Jonas",
        "Elias",
        "Liam",
        "Åsa",
        "Örjan",
        "Ängla",
        "Björn",
        "Göran",
        "Sören",
        "Helena",
        "Ulla",
        "Birgitta"
    };
    private static final String[] LAST = {
        "Andersson",
        "Johansson",
        "Karlsson",
        "Nilsson",
        "Eriksson",
        "Larsson",
        "Olsson",
        "Persson",
        "Svensson",
        "Gustafsson",
        "Pettersson",
        "Jonsson",
        "Jansson",
        "Hansson",
        "Bengtsson",
        "Jönsson",
        "Lindberg",
        "Jakobsson",
        "Magnusson",
        "Lindström",
        "Olofsson",
        "Lindqvist",
        "Lindgren",
        "Berg",
        "Axelsson",
        "Bergström",
        "Lundberg",
        "Lind",
        "Lundgren",
        "Lundqvist",
        "Mattsson",
        "Berglund",
        "Fredriksson",
        "Sandberg",
        "Henriksson",
        "Ali",
        "Mohammed",
        "Ahmed",
        "Hassan",
        "Abdi",
        "Forsberg",
        "Sjöberg",
        "Wallin",
        "Engström",
        "Eklund",
        "Danielsson",
        "Lundin",
        "Håkansson",
        "Björk",
        "Bergman",
        "Gunnarsson",
        "Holm",
        "Wikström",
        "Samuelsson",
        "Isaksson",
        "Fransson",
        "Bergqvist",
        "Nyström",
        "Holmberg",
        "Arvidsson"
    };
    private static final String[] WORKPLACES = {
        "Bygg AB",
        "Vård och omsorg AB",
        "Bemanning AB",
        "Hotell AB",
        "Städ AB",
        "Tandvård AB",
        "Skola AB",
        "Förskola AB",
        "Restaurang AB",
        "Handel AB"
    };
    private static final String[] ASSOCIATIONS = {
        "Röda korsets krets",
        "Idrottsförening",
        "Svenska kyrkan, församling",
        "Rädda barnen, lokalförening",
        "Studieförbund",
        "Språkcafé",
        "Läxhjälpen",
        "Kvinnojour",
        "Hembygdsförening",
        "Fotbollsklubb"
    };
    private static final String[] DEPARTMENTS = {
        "socialförvaltningen",
        "utbildningsförvaltningen",
        "arbetsmarknadsenheten",
        "kommunledningskontoret",
        "kultur- och fritidsförvaltningen",
        "överförmyndarenheten",
        "vård- och omsorgsförvaltningen"
    };
    private static final String[] AUTHORITIES = {
        "Migrationsverket, region",
        "Arbetsförmedlingen,",
        "Försäkringskassan,",
        "Polisen, lokalpolisområde",
        "Skatteverket,",
        "Länsstyrelsen i"
    };

    private final Random random = new Random(SEED);
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final Instant first = now.minus(DAYS, ChronoUnit.DAYS);
    private final Map<String, Copy> copies = new LinkedHashMap<>();
    private final String url;
    private final int learners;
    private final int organisations;

    private Course course;
    private String passwordHash;
    private long accountId;
    private long organisationId;
    private long membershipId;
    private long progressId;
    private long attemptId;
    private long itemId;
    private long diplomaId;
    private long[] orgCreatedBy;
    private Instant[] orgCreatedAt;

    private ScaleGenerator(String url, int learners) {
        this.url = url;
        this.learners = learners;
        this.organisations = Math.max(1, learners / 50);
    }

    /** Arguments: the JDBC URL of a PostgreSQL database ({@code ?user=...&password=...}), then optionally the number of learners. */
    public static void main(String[] args) throws Exception {
        if (args.length < 1 || !args[0].startsWith("jdbc:postgresql:")) {
            System.err.println("Usage: ScaleGenerator jdbc:postgresql://host:port/db?user=...&password=... [learners]");
            System.exit(2);
        }
        new ScaleGenerator(args[0], args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000).run();
        System.exit(0);
    }

    private void run() throws Exception {
        long start = System.nanoTime();
        Flyway.configure()
                .dataSource(url, null, null)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        try (Connection c = DriverManager.getConnection(url)) {
            course = Course.read(c);
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM account")) {
                rs.next();
                if (rs.getLong(1) > 1000) {
                    throw new IllegalStateException(
                            "The database already holds " + rs.getLong(1)
                                    + " accounts; generate into a new database (DROP DATABASE, CREATE DATABASE, start the app once)");
                }
            }
            accountId = next(c, "account");
            organisationId = next(c, "organisation");
            membershipId = next(c, "membership");
            progressId = next(c, "step_progress");
            attemptId = next(c, "attempt");
            itemId = next(c, "attempt_item");
            diplomaId = next(c, "diploma");
        }
        passwordHash = hash(PASSWORD);
        List<String> indexes = dropPlainIndexes();
        System.out.printf(
                "Migrated and prepared in %.1f s; generating %,d learners and %,d organisations%n",
                (System.nanoTime() - start) / 1e9, learners, organisations);

        for (String table : List.of(
                "account (id, email, name, password_hash, language, role, created_at, version)",
                "organisation (id, name, kind, county_code, municipality_code, org_number, join_code,"
                        + " join_link_enabled, created_at, created_by, version)",
                "membership (id, organisation_id, account_id, email, name, role, language, added_at,"
                        + " invitation_token_hash, invited_at, invitation_expires_at, joined_at, consented_at, version)",
                "learner_start (account_id, started_at)",
                "step_progress (id, account_id, step_id, watched_intervals, watched_seconds, last_position,"
                        + " last_report_at, film_watched_at, attempts, last_score, last_passed, best_score, passed_at,"
                        + " completed_at, version, updated_at, started_at)",
                "attempt (id, account_id, step_id, started_at, submitted_at, pass_mark, correct_count,"
                        + " question_count, score_percent, passed, version)",
                "attempt_item (id, attempt_id, question_id, position, correct)",
                "attempt_answer (attempt_item_id, choice_id, position, selected)",
                "diploma (id, code, account_id, kind, part_id, holder_name, course_title_sv, course_title_en,"
                        + " issuer_sv, issuer_en, issued_at)",
                "diploma_part (diploma_id, position, part_id, title_sv, title_en, completed_at)")) {
            copies.put(table.substring(0, table.indexOf(' ')), new Copy(url, table));
        }
        orgCreatedBy = new long[organisations];
        orgCreatedAt = new Instant[organisations];
        for (int i = 0; i < learners; i++) {
            learner(i);
            if (i % 100_000 == 99_999) {
                System.out.printf("%,d learners after %.1f s%n", i + 1, (System.nanoTime() - start) / 1e9);
            }
        }
        organisationRows();
        invitedOnly();
        for (Copy copy : copies.values()) {
            copy.finish();
        }
        long loaded = System.nanoTime();
        System.out.printf("Loaded by COPY in %.1f s%n", (loaded - start) / 1e9);

        rebuild(indexes);
        long indexed = System.nanoTime();
        System.out.printf("Indexes built again in %.1f s%n", (indexed - loaded) / 1e9);
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            for (String seq : List.of(
                    "account", "organisation", "membership", "step_progress", "attempt", "attempt_item", "diploma")) {
                s.execute("SELECT setval('" + seq + "_seq', (SELECT (COALESCE(MAX(id), 0) / 50 + 2) * 50 FROM " + seq
                        + "))");
            }
            s.execute("VACUUM ANALYZE");
        }
        long analysed = System.nanoTime();
        System.out.printf("VACUUM ANALYZE in %.1f s%n", (analysed - indexed) / 1e9);
        long rows = 0;
        System.out.println();
        System.out.println("| table | rows |");
        System.out.println("| --- | ---: |");
        for (Map.Entry<String, Copy> e : copies.entrySet()) {
            System.out.printf("| %s | %,d |%n", e.getKey(), e.getValue().rows);
            rows += e.getValue().rows;
        }
        System.out.printf("| all | %,d |%n%n", rows);
        System.out.printf("Generated %,d rows in %.1f s%n", rows, (analysed - start) / 1e9);
    }

    // ---------------------------------------------------------------- one learner

    private void learner(int i) throws IOException {
        long id = accountId++;
        // Registrations grow over the two years: the density rises linearly, ids follow time.
        double u = (i + random.nextDouble()) / learners;
        Instant created = first.plusSeconds((long) (DAYS * 86_400L * Math.sqrt(u)));
        String firstName = FIRST[skewed(FIRST.length)];
        String lastName = LAST[skewed(LAST.length)];
        String name = firstName + " " + lastName;
        String email = ascii(firstName) + "." + ascii(lastName) + "." + id + "@exempel.se";
        String language = random.nextInt(100) < 88 ? "sv" : "en";
        copy("account").row(id, email, name, passwordHash, language, "LEARNER", created, 0);

        Instant joined = null;
        if (random.nextInt(100) < 82) {
            joined = created.plusSeconds(random.nextInt(3 * 86_400));
            joined = before(joined);
            int org = organisation();
            membership(org, id, email, name, language, joined);
            int second = organisation();
            if (random.nextInt(100) < 6 && second != org) {
                Instant later = before(joined.plusSeconds(random.nextInt(60 * 86_400)));
                membership(second, id, email, name, language, later);
            }
        }
        if (random.nextInt(100) >= 35) {
            return;
        }
        Instant begun = (joined == null ? created : joined)
                .plusSeconds((long) (-Math.log(1 - random.nextDouble()) * 2 * 86_400));
        if (begun.isAfter(now)) {
            return;
        }
        copy("learner_start").row(id, begun);
        boolean keen = random.nextInt(100) < 25;
        double ability = random.nextGaussian();
        double keepGoing = keen ? 0.975 : 0.55 + 0.08 * ability;
        List<Part> parts = new ArrayList<>(course.parts);
        if (random.nextInt(100) >= 75) {
            Collections.shuffle(parts, random);
        }
        Instant t = begun;
        List<Instant> partsDone = new ArrayList<>();
        List<Part> partsOrder = new ArrayList<>();
        learning:
        for (Part part : parts) {
            Instant partDone = null;
            for (Step step : part.steps) {
                if (t.isAfter(now) || (t != begun && random.nextDouble() > keepGoing)) {
                    break learning;
                }
                Instant completed = step(id, step, ability, t);
                if (completed == null) {
                    break learning;
                }
                partDone = completed;
                t = completed.plusSeconds((long) (-Math.log(1 - random.nextDouble()) * (keen ? 0.5 : 2) * 86_400));
            }
            diploma(id, name, "PART", part, List.of(part), List.of(partDone), partDone);
            partsDone.add(partDone);
            partsOrder.add(part);
        }
        if (partsDone.size() == course.parts.size()) {
            Instant last = partsDone.get(partsDone.size() - 1);
            List<Instant> in = new ArrayList<>();
            for (Part p : course.parts) {
                in.add(partsDone.get(partsOrder.indexOf(p)));
            }
            diploma(id, name, "COURSE", null, course.parts, in, last);
        }
    }

    /** One step begun at {@code t}: the film, the attempts; the time it was completed, or null if the learner stopped. */
    private Instant step(long account, Step step, double ability, Instant t) throws IOException {
        long id = progressId++;
        boolean watches = random.nextInt(100) < 90;
        double seconds = watches ? step.duration : Math.floor(step.duration * random.nextDouble() * 85) / 100;
        Instant watched = t.plusSeconds((long) (seconds * 1.05) + 5);
        if (watched.isAfter(now)) {
            watches = false;
            watched = now;
        }
        String intervals = seconds == 0 ? "" : "0.00-" + String.format(Locale.ROOT, "%.2f", seconds);
        int attempts = 0;
        Integer lastScore = null;
        Integer bestScore = null;
        Boolean lastPassed = null;
        Instant passed = null;
        Instant last = watched;
        if (watches) {
            Instant at = watched.plusSeconds(30 + random.nextInt(300));
            while (attempts < 4 && at.isBefore(now)) {
                attempts++;
                Instant submitted = at.plusSeconds(60 + random.nextInt(400));
                int right = attempt(account, step, ability, at, submitted);
                int score = Math.round(100f * right / step.questionsPerTest);
                lastScore = score;
                bestScore = bestScore == null ? score : Math.max(bestScore, score);
                lastPassed = right * 1000L >= Math.round(step.passMark * 1000) * (long) step.questionsPerTest;
                last = submitted;
                if (lastPassed) {
                    passed = submitted;
                    break;
                }
                if (random.nextInt(100) >= 75) {
                    break;
                }
                at = submitted.plusSeconds(600 + random.nextInt(2 * 86_400));
            }
        }
        copy("step_progress")
                .row(
                        id,
                        account,
                        step.id,
                        intervals,
                        seconds,
                        seconds,
                        watched,
                        watches ? watched : null,
                        attempts,
                        lastScore,
                        lastPassed,
                        bestScore,
                        passed,
                        passed,
                        attempts + 1,
                        last,
                        t);
        return passed;
    }

    /** One submitted attempt; returns how many questions were right. */
    private int attempt(long account, Step step, double ability, Instant started, Instant submitted)
            throws IOException {
        long id = attemptId++;
        List<Question> drawn = new ArrayList<>(step.questions);
        Collections.shuffle(drawn, random);
        drawn = drawn.subList(0, Math.min(step.questionsPerTest, drawn.size()));
        int right = 0;
        int position = 0;
        for (Question q : drawn) {
            double p = q.unclear ? 0.5 : 1 / (1 + Math.exp(-(q.easiness + 1.3 * ability)));
            boolean correct = random.nextDouble() < p;
            right += correct ? 1 : 0;
            long item = itemId++;
            copy("attempt_item").row(item, id, q.id, ++position, correct);
            List<Choice> shown = new ArrayList<>(q.choices);
            Collections.shuffle(shown, random);
            Choice wrongPick = correct ? null : q.likelyWrong(random);
            int choicePosition = 0;
            for (Choice c : shown) {
                boolean selected = correct ? c.correct : (q.multiple ? c.correct != (c == wrongPick) : c == wrongPick);
                copy("attempt_answer").row(item, c.id, ++choicePosition, selected);
            }
        }
        int count = drawn.size();
        int score = Math.round(100f * right / count);
        boolean passed = right * 1000L >= Math.round(step.passMark * 1000) * (long) count;
        copy("attempt").row(id, account, step.id, started, submitted, step.passMark, right, count, score, passed, 1);
        return right;
    }

    private void diploma(
            long account, String holder, String kind, Part part, List<Part> parts, List<Instant> done, Instant issued)
            throws IOException {
        long id = diplomaId++;
        copy("diploma")
                .row(
                        id,
                        VerificationCode.generate(),
                        account,
                        kind,
                        part == null ? null : part.id,
                        holder,
                        course.titleSv,
                        course.titleEn,
                        course.issuerSv,
                        course.issuerEn,
                        issued);
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            copy("diploma_part").row(id, i, p.id, p.titleSv, p.titleEn, done.get(i));
        }
    }

    // ---------------------------------------------------------------- organisations

    /** An organisation by a long tail: a few with thousands of members, most with a few dozen. */
    private int organisation() {
        return Math.min(organisations - 1, (int) (organisations * Math.pow(random.nextDouble(), 2.2)));
    }

    private void membership(int org, long account, String email, String name, String language, Instant joined)
            throws IOException {
        boolean founder = orgCreatedAt[org] == null;
        if (founder) {
            orgCreatedAt[org] = joined.minusSeconds(600);
            orgCreatedBy[org] = account;
        }
        boolean invited = !founder && random.nextBoolean();
        Instant added = invited ? joined.minusSeconds(random.nextInt(10 * 86_400)) : joined;
        copy("membership")
                .row(
                        membershipId++,
                        organisationId + org,
                        account,
                        email,
                        name,
                        founder ? "ADMIN" : "MEMBER",
                        language,
                        added,
                        null,
                        invited ? added : null,
                        invited ? added.plus(Duration.ofDays(14)) : null,
                        joined,
                        joined,
                        1);
    }

    private void organisationRows() throws IOException {
        List<Municipality> municipalities = Regions.sweden().municipalities();
        OrganisationKind[] kinds = OrganisationKind.values();
        int[] weights = {45, 12, 8, 4, 24, 7};
        for (int i = 0; i < organisations; i++) {
            Municipality m = municipalities.get(random.nextInt(municipalities.size()));
            OrganisationKind kind = kinds[weighted(weights)];
            String county = Regions.sweden()
                    .county(m.countyCode())
                    .map(Regions.County::nameSv)
                    .orElse(m.name());
            String name = switch (kind) {
                case WORKPLACE -> m.name() + " " + WORKPLACES[random.nextInt(WORKPLACES.length)];
                case MUNICIPALITY -> m.name() + " kommun, " + DEPARTMENTS[random.nextInt(DEPARTMENTS.length)];
                case AUTHORITY -> AUTHORITIES[random.nextInt(AUTHORITIES.length)] + " " + m.name();
                case REGION ->
                    county.replace(" län", "").replaceFirst("s$", "") + " region, "
                            + (random.nextBoolean() ? "vårdcentralen " : "tandvården ") + m.name();
                case ASSOCIATION -> ASSOCIATIONS[random.nextInt(ASSOCIATIONS.length)] + " i " + m.name();
                case OTHER -> "Nätverket för nyanlända i " + m.name();
            };
            Instant created = orgCreatedAt[i] == null
                    ? first.plusSeconds((long) (random.nextDouble() * DAYS * 86_400))
                    : orgCreatedAt[i];
            copy("organisation")
                    .row(
                            organisationId + i,
                            name + " " + (i + 1),
                            kind.name(),
                            m.countyCode(),
                            m.code(),
                            null,
                            "J" + Long.toString(organisationId + i, 36).toUpperCase(Locale.ROOT) + "X"
                                    + Integer.toString(random.nextInt(1 << 20), 36)
                                            .toUpperCase(Locale.ROOT),
                            random.nextInt(100) < 70,
                            created,
                            orgCreatedBy[i] == 0 ? null : orgCreatedBy[i],
                            1);
        }
    }

    /** People invited by e-mail who have not made an account yet. */
    private void invitedOnly() throws IOException {
        int invited = learners / 30;
        for (int i = 0; i < invited; i++) {
            int org = organisation();
            Instant added = before(first.plusSeconds((long) (DAYS * 86_400L * Math.sqrt(random.nextDouble()))));
            if (orgCreatedAt[org] != null && added.isBefore(orgCreatedAt[org])) {
                added = orgCreatedAt[org].plusSeconds(3600);
            }
            copy("membership")
                    .row(
                            membershipId++,
                            organisationId + org,
                            null,
                            "inbjuden." + i + "@exempel.se",
                            null,
                            "MEMBER",
                            "sv",
                            added,
                            String.format("%064x", (long) i),
                            added,
                            added.plus(Duration.ofDays(14)),
                            null,
                            null,
                            1);
        }
    }

    // ---------------------------------------------------------------- helpers

    private Instant before(Instant t) {
        return t.isAfter(now) ? now : t;
    }

    /** An index below {@code n}, the low ones more often (names are not equally common). */
    private int skewed(int n) {
        return (int) (n * Math.pow(random.nextDouble(), 1.6));
    }

    private int weighted(int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static String ascii(String name) {
        return Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
    }

    private Copy copy(String table) {
        return copies.get(table);
    }

    private static long next(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT GREATEST((SELECT COALESCE(MAX(id), 0) FROM " + table
                        + "), (SELECT last_value FROM " + table + "_seq)) + 1000")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A hash in the form the app's PBKDF2 password store writes and reads (algorithm:iterations:salt:hash). */
    private static String hash(String password) throws Exception {
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        int iterations = 210_000;
        KeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(spec)
                .getEncoded();
        Base64.Encoder b64 = Base64.getEncoder();
        return "PBKDF2WithHmacSHA256:" + iterations + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(key);
    }

    private static final List<String> TABLES = List.of(
            "account",
            "organisation",
            "membership",
            "learner_start",
            "step_progress",
            "attempt",
            "attempt_item",
            "attempt_answer",
            "diploma",
            "diploma_part");

    /** Drops the loaded tables' indexes that back no constraint; returns their definitions. */
    private List<String> dropPlainIndexes() throws SQLException {
        List<String> definitions = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT i.indexname, i.indexdef FROM pg_indexes i"
                    + " WHERE i.schemaname = current_schema() AND i.tablename IN ('" + String.join("','", TABLES)
                    + "') AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conname = i.indexname)")) {
                while (rs.next()) {
                    definitions.add(rs.getString(2));
                }
            }
            for (String d : definitions) {
                String name = d.replaceFirst("^CREATE (UNIQUE )?INDEX (\\S+) .*$", "$2");
                s.execute("DROP INDEX " + name);
            }
        }
        return definitions;
    }

    /** Builds the dropped indexes again, two at a time (one per core). */
    private void rebuild(List<String> definitions) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (String d : definitions) {
                done.add(pool.submit(() -> {
                    try (Connection c = DriverManager.getConnection(url);
                            Statement s = c.createStatement()) {
                        s.execute("SET maintenance_work_mem = '256MB'");
                        s.execute(d);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /** One table's rows streaming into PostgreSQL by COPY on a connection of its own. */
    private static final class Copy {
        private final Connection connection;
        private final CopyIn in;
        private final StringBuilder buffer = new StringBuilder(1 << 20);
        long rows;

        Copy(String url, String table) throws SQLException {
            connection = DriverManager.getConnection(url);
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                // The rows are consistent by construction: skip the per-row foreign key triggers.
                s.execute("SET session_replication_role = replica");
            }
            in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " FROM STDIN");
        }

        void row(Object... values) throws IOException {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    buffer.append('\t');
                }
                Object v = values[i];
                if (v == null) {
                    buffer.append("\\N");
                } else if (v instanceof String s) {
                    for (int k = 0; k < s.length(); k++) {
                        char ch = s.charAt(k);
                        switch (ch) {
                            case '\\' -> buffer.append("\\\\");
                            case '\t' -> buffer.append("\\t");
                            case '\n' -> buffer.append("\\n");
                            case '\r' -> buffer.append("\\r");
                            default -> buffer.append(ch);
                        }
                    }
                } else {
                    buffer.append(v);
                }
            }
            buffer.append('\n');
            rows++;
            if (buffer.length() > (1 << 20) - 2048) {
                flush();
            }
        }

        private void flush() throws IOException {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            try {
                in.writeToCopy(bytes, 0, bytes.length);
            } catch (SQLException e) {
                throw new IOException(e);
            }
            buffer.setLength(0);
        }

        void finish() throws Exception {
            flush();
            in.endCopy();
            connection.commit();
            connection.close();
        }
    }

    // ---------------------------------------------------------------- the course as imported

    record Choice(long id, boolean correct) {}

    record Question(long id, boolean multiple, List<Choice> choices, double easiness, boolean unclear) {
        /** A wrong choice, the first wrong one (by the order in the bank) more often than the others. */
        Choice likelyWrong(Random random) {
            List<Choice> wrong = choices.stream().filter(c -> !c.correct).toList();
            if (wrong.isEmpty()) {
                return null;
            }
            return wrong.get(random.nextInt(100) < 60 ? 0 : random.nextInt(wrong.size()));
        }
    }

    record Step(long id, double duration, int questionsPerTest, double passMark, List<Question> questions) {}

    record Part(long id, String titleSv, String titleEn, List<Step> steps) {}

    record Course(String titleSv, String titleEn, String issuerSv, String issuerEn, List<Part> parts) {
        static Course read(Connection c) throws SQLException {
            Random random = new Random(SEED);
            try (Statement s = c.createStatement()) {
                String[] course;
                try (ResultSet rs = s.executeQuery("SELECT id, title_sv, title_en, issuer_sv, issuer_en FROM course")) {
                    if (!rs.next()) {
                        throw new IllegalStateException("No course in the database: start the app against it once"
                                + " (it imports the course package from media/), stop it, then run this again");
                    }
                    course = new String[] {rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)};
                }
                Map<Long, List<Choice>> choices = new LinkedHashMap<>();
                try (ResultSet rs = s.executeQuery(
                        "SELECT question_id, id, correct FROM choice WHERE retired = FALSE ORDER BY question_id, position")) {
                    while (rs.next()) {
                        choices.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .add(new Choice(rs.getLong(2), rs.getBoolean(3)));
                    }
                }
                Map<Long, List<Question>> questions = new LinkedHashMap<>();
                try (ResultSet rs = s.executeQuery("SELECT step_id, id, multiple FROM question"
                        + " WHERE retired = FALSE AND replaced_by IS NULL ORDER BY step_id, position")) {
                    while (rs.next()) {
                        boolean unclear = random.nextInt(10) == 0;
                        double easiness = 0.4 + random.nextDouble() * 2.6;
                        questions
                                .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .add(new Question(
                                        rs.getLong(2),
                                        rs.getBoolean(3),
                                        choices.getOrDefault(rs.getLong(2), List.of()),
                                        easiness,
                                        unclear));
                    }
                }
                Map<Long, List<Step>> steps = new LinkedHashMap<>();
                try (ResultSet rs = s.executeQuery("SELECT part_id, id, duration_seconds, questions_per_test, pass_mark"
                        + " FROM step WHERE retired = FALSE ORDER BY part_id, position")) {
                    while (rs.next()) {
                        steps.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .add(new Step(
                                        rs.getLong(2),
                                        rs.getDouble(3),
                                        rs.getInt(4),
                                        rs.getDouble(5),
                                        questions.getOrDefault(rs.getLong(2), List.of())));
                    }
                }
                List<Part> parts = new ArrayList<>();
                try (ResultSet rs = s.executeQuery(
                        "SELECT id, title_sv, title_en FROM part WHERE retired = FALSE ORDER BY position")) {
                    while (rs.next()) {
                        parts.add(new Part(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getString(3),
                                steps.getOrDefault(rs.getLong(1), List.of())));
                    }
                }
                return new Course(course[0], course[1], course[2], course[3], parts);
            }
        }
    }
}
