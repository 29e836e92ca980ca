package se.battrebemotande.stats;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;
import se.battrebemotande.account.Accounts;
import se.battrebemotande.course.CourseCatalog;
import se.battrebemotande.course.CourseOutline;
import se.battrebemotande.course.CourseOutline.PartOutline;
import se.battrebemotande.course.CourseOutline.StepOutline;
import se.battrebemotande.it.Web;
import se.battrebemotande.organisation.OrganisationKind;
import se.battrebemotande.platform.Formats;
import se.battrebemotande.platform.LocalizedText;

/**
 * Times every statistics view against a big database (one filled by
 * {@code bench.ScaleGenerator}; README, "Benchmarks"): each public method of {@link Statistics},
 * run outside the server on the same SQL with a plain PostgreSQL data source, several times warm,
 * printed as a table of medians and 95th percentiles. With the address of the running app as the
 * second argument it also times the administrators' user search ({@code /admin/users?q=}) over
 * HTTP, as the first administrator of the integration tests ({@code ADMIN_EMAIL=site-admin@example.se}).
 */
public final class StatisticsBenchmark {
    private static final int WARM = 2;

    private StatisticsBenchmark() {}

    /**
     * Arguments: a JDBC URL ({@code ?user=...&password=...}), optionally the app's address (or
     * {@code -}), the number of timed runs, and a text the names of the views to time contain.
     */
    public static void main(String[] args) throws Exception {
        String jdbc = args[0];
        String base = args.length > 1 && !args[1].isBlank() && !args[1].equals("-") ? args[1] : null;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        String only = args.length > 3 ? args[3] : "";
        Flyway.configure()
                .dataSource(jdbc, null, null)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(jdbc);
        QuestionTallies tallies = new QuestionTallies();
        tallies.dataSource = transactional(dataSource);
        tallies.clock = Clock.systemUTC();
        long rollUp = System.nanoTime();
        int days = 0;
        for (int added = tallies.rollUpSome(); added > 0; added = tallies.rollUpSome()) {
            days += added;
        }
        System.out.printf(
                "Question tallies: %d days added in %.1f s, tallied until %s%n",
                days, (System.nanoTime() - rollUp) / 1e9, tallies.rolledUntil());
        QuestionPlaceTallies placeTallies = new QuestionPlaceTallies();
        placeTallies.dataSource = transactional(dataSource);
        placeTallies.clock = Clock.systemUTC();
        long places = System.nanoTime();
        int months = 0;
        while (placeTallies.rollUpMonth()) {
            months++;
        }
        System.out.printf(
                "Question tallies per county and kind: %d months added in %.1f s, tallied until %s%n",
                months, (System.nanoTime() - places) / 1e9, placeTallies.rolledUntil());
        OrganisationTallies organisationTallies = new OrganisationTallies();
        organisationTallies.dataSource = transactional(dataSource);
        organisationTallies.clock = Clock.systemUTC();
        for (int i = 0; i < 3; i++) {
            long rebuild = System.nanoTime();
            organisationTallies.rebuild();
            System.out.printf("Organisation tallies rebuilt in %.1f s%n", (System.nanoTime() - rebuild) / 1e9);
        }
        Statistics statistics = new Statistics();
        statistics.dataSource = pooled(dataSource);
        statistics.tallies = tallies;
        statistics.organisationTallies = organisationTallies;
        statistics.placeTallies = placeTallies;
        statistics.accounts = new Accounts() {
            @Override
            public boolean isAdmin(long accountId) {
                return true;
            }
        };
        CourseOutline outline = outline(dataSource);
        statistics.catalog = new CourseCatalog() {
            @Override
            public CourseOutline outline() {
                return outline;
            }
        };
        LocalDate today = LocalDate.now(Formats.ZONE);
        StatsFilter month = StatsFilter.lastDays(today, 30);
        StatsFilter year = StatsFilter.lastDays(today, 365);
        StatsFilter all = StatsFilter.lastDays(today, 731);
        StatsFilter county = new StatsFilter(year.from(), year.until(), "12", null, null, null);
        StatsFilter kind = new StatsFilter(year.from(), year.until(), null, OrganisationKind.MUNICIPALITY, null, null);
        long part = outline.parts().get(1).id();
        StatsFilter onePart = new StatsFilter(year.from(), year.until(), null, null, null, part);
        long bigOrganisation = biggestOrganisation(dataSource);
        StatsFilter organisation = new StatsFilter(year.from(), year.until(), null, null, bigOrganisation, null);

        Map<String, Callable<Object>> cases = new LinkedHashMap<>();
        cases.put("overview, 30 days", () -> statistics.overview(0, month));
        cases.put("overview, 365 days", () -> statistics.overview(0, year));
        cases.put("overview, 365 days, one county", () -> statistics.overview(0, county));
        cases.put("overview, 365 days, one part", () -> statistics.overview(0, onePart));
        cases.put("overview, 365 days, largest organisation", () -> statistics.overview(0, organisation));
        cases.put("perDay, 365 days", () -> statistics.perDay(0, year));
        cases.put("perDay, 365 days, one kind", () -> statistics.perDay(0, kind));
        cases.put("byPlace by county, 365 days", () -> statistics.byPlace(0, year, true));
        cases.put("byPlace by kind, 365 days", () -> statistics.byPlace(0, year, false));
        cases.put(
                "organisations, by name, page 1",
                () -> statistics.organisations(0, year, null, Statistics.OrganisationColumn.NAME, true, 0, 20));
        cases.put(
                "organisations, by share finished, page 1",
                () -> statistics.organisations(0, year, null, Statistics.OrganisationColumn.SHARE, false, 0, 20));
        cases.put(
                "organisations, by members, page 50",
                () -> statistics.organisations(0, year, null, Statistics.OrganisationColumn.MEMBERS, false, 980, 20));
        cases.put(
                "organisations, one county, search \"kommun\"",
                () -> statistics.organisations(
                        0, county, "kommun", Statistics.OrganisationColumn.FINISHED, false, 0, 20));
        cases.put("organisationCount, 365 days", () -> statistics.organisationCount(0, year, null));
        cases.put("organisationCount, search \"kommun\"", () -> statistics.organisationCount(0, year, "kommun"));
        cases.put("funnel, 365 days", () -> statistics.funnel(0, year));
        cases.put("funnel, 365 days, one county", () -> statistics.funnel(0, county));
        cases.put("questions, 30 days", () -> statistics.questions(0, month));
        cases.put("questions, 365 days", () -> statistics.questions(0, year));
        cases.put("questions, two years", () -> statistics.questions(0, all));
        cases.put("questions, 365 days, one county", () -> statistics.questions(0, county));
        if (base != null) {
            Web admin = new Web(URI.create(base).toURL());
            admin.signInAsAdministrator();
            for (String q : List.of("", "anna", "anna andersson", "erik.lindberg.5", "inte-finns")) {
                String path = "/admin/users?q=" + q.replace(" ", "+");
                cases.put("user search \"" + q + "\" (HTTP page)", () -> {
                    HttpResponse<String> r = admin.get(path);
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException(path + " answered " + r.statusCode());
                    }
                    return r.body().length();
                });
            }
        }

        System.out.printf("%d timed runs each after %d warm-up runs; %s%n%n", runs, WARM, jdbc.replaceAll("\\?.*", ""));
        System.out.println("| view | median ms | p95 ms |");
        System.out.println("| --- | ---: | ---: |");
        for (Map.Entry<String, Callable<Object>> c : cases.entrySet()) {
            if (!c.getKey().contains(only)) {
                continue;
            }
            for (int i = 0; i < WARM; i++) {
                c.getValue().call();
            }
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                c.getValue().call();
                times.add((System.nanoTime() - t) / 1e6);
            }
            Collections.sort(times);
            System.out.printf(
                    "| %s | %.0f | %.0f |%n",
                    c.getKey(), times.get(times.size() / 2), times.get((int) Math.ceil(times.size() * 0.95) - 1));
        }
        System.exit(0);
    }

    /** One connection kept open and handed out again, as the server's pool does (a new one costs 20–50 ms here). */
    private static DataSource pooled(PGSimpleDataSource dataSource) throws SQLException {
        Connection c = dataSource.getConnection();
        Connection kept = (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    try {
                        return method.invoke(c, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return new PGSimpleDataSource() {
            @Override
            public Connection getConnection() {
                return kept;
            }
        };
    }

    /** Connections that commit when closed, as each of the container's transactions in {@link QuestionTallies} would. */
    private static DataSource transactional(PGSimpleDataSource dataSource) {
        return new PGSimpleDataSource() {
            @Override
            public Connection getConnection() throws SQLException {
                Connection c = dataSource.getConnection();
                c.setAutoCommit(false);
                return (Connection) Proxy.newProxyInstance(
                        Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                            if (method.getName().equals("close")) {
                                c.commit();
                            }
                            try {
                                return method.invoke(c, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            }
        };
    }

    /** The parts and steps as the app's outline holds them: only ids and order matter to the statistics. */
    private static CourseOutline outline(PGSimpleDataSource dataSource) throws SQLException {
        LocalizedText none = new LocalizedText("", "");
        Map<Long, List<StepOutline>> steps = new LinkedHashMap<>();
        List<long[]> parts = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT s.id, s.part_id, s.position FROM step s"
                    + " WHERE s.retired = FALSE ORDER BY s.part_id, s.position")) {
                while (rs.next()) {
                    steps.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>())
                            .add(new StepOutline(
                                    rs.getLong(1),
                                    rs.getLong(2),
                                    "",
                                    "",
                                    rs.getInt(3),
                                    null,
                                    none,
                                    none,
                                    "",
                                    "",
                                    0,
                                    null,
                                    List.of(),
                                    none,
                                    Map.of(),
                                    0.9,
                                    5,
                                    0.8));
                }
            }
            try (ResultSet rs =
                    s.executeQuery("SELECT id, position FROM part WHERE retired = FALSE ORDER BY position")) {
                while (rs.next()) {
                    parts.add(new long[] {rs.getLong(1), rs.getLong(2)});
                }
            }
        }
        List<PartOutline> outlined = parts.stream()
                .map(p -> new PartOutline(p[0], "", (int) p[1], none, none, steps.getOrDefault(p[0], List.of())))
                .toList();
        return new CourseOutline(0, "", none, none, none, none, none, outlined);
    }

    private static long biggestOrganisation(PGSimpleDataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT organisation_id FROM membership GROUP BY organisation_id"
                        + " ORDER BY COUNT(*) DESC LIMIT 1")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
