package se.battrebemotande.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Nothing acknowledged is lost and nothing is half-written when the server dies (issue 9, review
 * M4 and R1): 50 learners each submit the test that completes their first part while reporting
 * film on another step, 100 requests at once, and the server is killed with SIGKILL while they are
 * in flight. After a restart on the same database every submission that was answered as accepted
 * is there, with its certificate, and the database holds no half-done submission. Runs on the
 * database the integration tests use (H2 in a file by default, PostgreSQL with -Ppostgres).
 */
class CrashIT {
    static final String PASSWORD = "ett långt lösenord";
    private static final int LEARNERS = 50;

    private Process server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.destroyForcibly();
        }
    }

    @Test
    void aServerKilledDuringHundredSubmissionsAndReportsLosesNothingItAcknowledged() throws Exception {
        Path war = Path.of("target", "crash-test.war");
        Deployments.war()
                .addClasses(
                        CrashSupportServlet.class,
                        CrashSupportServlet.Checker.class,
                        CourseWork.class,
                        TestClock.class,
                        CrashIT.class)
                .as(ZipExporter.class)
                .exportTo(war.toFile(), true);
        String db = System.getenv().getOrDefault("DB_URL", "");
        if (db.startsWith("jdbc:h2:")) {
            db = "jdbc:h2:file:"
                    + Path.of("target", "crash-" + UUID.randomUUID(), "db").toAbsolutePath()
                    + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
        }
        int port = freePort();
        URL base = new URL("http://127.0.0.1:" + port + "/");
        server = start(war, port, db);
        String prefix = "krasch-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> prepared = new Web(base)
                .postForm("/test-support/crash/prepare", Map.of("prefix", prefix, "count", String.valueOf(LEARNERS)));
        assertEquals(200, prepared.statusCode(), prepared.body());
        List<String[]> learners = prepared.body().lines().map(l -> l.split(" ")).toList();
        assertEquals(LEARNERS, learners.size());

        Map<String, Web> signedIn = new ConcurrentHashMap<>();
        ExecutorService logins = Executors.newFixedThreadPool(4);
        for (String[] learner : learners) {
            logins.submit(() -> {
                Web web = new Web(base);
                web.signIn(learner[0], PASSWORD);
                signedIn.put(learner[0], web);
            });
        }
        logins.shutdown();
        assertTrue(logins.awaitTermination(5, TimeUnit.MINUTES));
        assertEquals(LEARNERS, signedIn.size(), "every learner signed in");

        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger answered = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService requests = Executors.newFixedThreadPool(2 * LEARNERS);
        for (String[] learner : learners) {
            Web web = signedIn.get(learner[0]);
            String attempt = learner[1];
            requests.submit(() -> {
                go.await();
                List<Map.Entry<String, String>> form = new ArrayList<>();
                form.add(Map.entry("test", "test"));
                form.add(Map.entry("attempt", attempt));
                for (String answer : learner[3].split("&")) {
                    int is = answer.indexOf('=');
                    form.add(Map.entry(answer.substring(0, is), answer.substring(is + 1)));
                }
                form.add(Map.entry("test:submit", "x"));
                form.add(Map.entry("jakarta.faces.ViewState", "stateless"));
                HttpResponse<String> r = web.postForm(learner[2] + "/test", form);
                String to = r.headers().firstValue("Location").orElse("");
                if (r.statusCode() == 302 && to.endsWith(learner[2] + "/test")) {
                    acknowledged.add(attempt);
                }
                answered.incrementAndGet();
                return null;
            });
            requests.submit(() -> {
                go.await();
                web.postJson("/api/progress/" + learner[4], "{\"intervals\": [[0, 30]], \"position\": 30}");
                answered.incrementAndGet();
                return null;
            });
        }
        go.countDown();
        Instant until = Instant.now().plusSeconds(60);
        // Killed once a fifth of the submissions were answered: the rest are being written or queued.
        while (acknowledged.size() < LEARNERS / 5 && Instant.now().isBefore(until)) {
            Thread.sleep(5);
        }
        server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        requests.shutdownNow();
        requests.awaitTermination(30, TimeUnit.SECONDS);
        int before = answered.get();

        server = start(war, port, db);
        String check =
                new Web(base).get("/test-support/crash/check?prefix=" + prefix).body();
        Set<String> tested = learners.stream().map(l -> l[1]).collect(Collectors.toSet());
        Map<String, String> stored = check.lines()
                .filter(l -> l.startsWith("submitted "))
                .map(l -> l.split(" "))
                .filter(l -> tested.contains(l[1]))
                .collect(Collectors.toMap(l -> l[1], l -> l[2]));
        Set<String> submitted = stored.keySet();
        long diplomas = check.lines().filter(l -> l.startsWith("diploma ")).count();
        List<String> problems =
                check.lines().filter(l -> l.startsWith("PROBLEM")).toList();
        System.out.printf(
                "CrashIT: killed after %d of %d answers; %d submissions acknowledged, %d stored, %d certificates%n",
                before, 2 * LEARNERS, acknowledged.size(), submitted.size(), diplomas);
        Files.writeString(Path.of("target", "crash-check.txt"), check);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(before < 2 * LEARNERS, "the server died with requests in flight");
        assertTrue(acknowledged.size() >= LEARNERS / 5, "submissions were acknowledged before the kill");
        List<String> lost = new ArrayList<>(acknowledged);
        lost.removeAll(submitted);
        assertTrue(lost.isEmpty(), "acknowledged but lost: " + lost);
        assertTrue(stored.values().stream().allMatch("passed"::equals), "all answered right: " + stored);
        assertEquals(submitted.size(), diplomas, "every stored submission completed the part and has its certificate");
    }

    /** Payara Micro as README's run command starts it, on {@code port}, with the tests' settings. */
    private static Process start(Path war, int port, String db) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m",
                "-jar",
                Path.of("target", "payara-micro.jar").toString(),
                "--deploy",
                war.toString(),
                "--contextroot",
                "/",
                "--port",
                String.valueOf(port),
                // The flags and command files of mvn -Prun, Docker and Arquillian (src/main/payara/).
                "--nohazelcast",
                "--disablephonehome",
                "--prebootcommandfile",
                Path.of("src", "main", "payara", "pre-boot-commands.txt").toString(),
                "--postbootcommandfile",
                Path.of("src", "main", "payara", "post-boot-commands.txt").toString(),
                "--postdeploycommandfile",
                Path.of("src", "main", "payara", "post-deploy-commands.txt").toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(new File("target", "crash-server-" + port + "-" + System.currentTimeMillis() + ".log"));
        builder.environment().put("DB_URL", db);
        builder.environment().put("HEALTH_PORT", String.valueOf(freePort()));
        Process process = builder.start();
        Web web = new Web(new URL("http://127.0.0.1:" + port + "/"));
        Instant until = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro ended; see target/crash-server-" + port + "-*.log");
            }
            try {
                if (web.get("/").statusCode() == 200) {
                    return process;
                }
            } catch (IllegalStateException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Payara Micro did not start within five minutes");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
