package se.battrebemotande.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.battrebemotande.account.Account;
import se.battrebemotande.account.Accounts;
import se.battrebemotande.account.EmailAlreadyRegisteredException;
import se.battrebemotande.course.CourseCatalog;
import se.battrebemotande.course.CourseImporter;
import se.battrebemotande.course.CourseOutline.PartOutline;
import se.battrebemotande.course.CourseOutline.StepOutline;
import se.battrebemotande.course.MediaFiles;
import se.battrebemotande.course.pkg.CoursePackageReader;
import se.battrebemotande.diploma.Diploma;
import se.battrebemotande.diploma.Diplomas;
import se.battrebemotande.learning.Attempt;
import se.battrebemotande.learning.AttemptRefusedException;
import se.battrebemotande.learning.IncompleteAnswersException;
import se.battrebemotande.learning.Learning;
import se.battrebemotande.learning.PlaybackResult;
import se.battrebemotande.learning.StepProgress;
import se.battrebemotande.learning.WatchedIntervals.Interval;

/** The services inside the running server, on the real database and the real course package. */
@ExtendWith(ArquillianExtension.class)
class ServicesIT {
    static final String PASSWORD = "ett långt lösenord";

    @Deployment
    static WebArchive deployment() {
        return Deployments.war().addClasses(ServicesIT.class, Deployments.class, CourseWork.class, TestClock.class);
    }

    @Inject
    Accounts accounts;

    @Inject
    Learning learning;

    @Inject
    Diplomas diplomas;

    @Inject
    CourseCatalog catalog;

    @Inject
    MediaFiles mediaFiles;

    @Inject
    CourseImporter importer;

    @PersistenceContext
    EntityManager em;

    private long newLearner() {
        return accounts.register("Test Person", "it-" + UUID.randomUUID() + "@example.se", PASSWORD, Locale.ENGLISH)
                .getId();
    }

    private StepOutline firstStep() {
        return catalog.outline().parts().get(0).steps().get(0);
    }

    private void watch(long learner, StepOutline step) {
        CourseWork.watch(learning, learner, step);
    }

    private static Map<Long, Set<Long>> answers(Attempt attempt, boolean right) {
        return CourseWork.answers(attempt, right);
    }

    private void complete(long learner, StepOutline step) {
        CourseWork.complete(learning, learner, step);
    }

    @Test
    void userSearchFindsByPrefixAndCountsNoFurtherThanItsCap() {
        String prefix = "cap-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 4; i++) {
            accounts.register("Cap Person " + i, prefix + "-" + i + "@example.se", PASSWORD, Locale.ENGLISH);
        }
        assertEquals(4, accounts.count(prefix, 10), "all four, under the cap");
        assertEquals(3, accounts.count(prefix, 2), "the cap and one more: there are more than two");
        assertEquals(4, accounts.search(prefix.toUpperCase(Locale.ROOT), 0, 10).size(), "without case");
        assertEquals(0, accounts.count(prefix + "-9", 10));
    }

    @Test
    void passwordsAreStoredAsPbkdf2HashesWithAtLeast210000Iterations() {
        String email = "Hash-" + UUID.randomUUID() + "@Example.se";
        long id = accounts.register("  Hash   Person ", email, PASSWORD, Locale.ENGLISH)
                .getId();
        String stored = (String) em.createNativeQuery("SELECT password_hash FROM account WHERE id = ?")
                .setParameter(1, id)
                .getSingleResult();
        String[] parts = stored.split(":");
        assertEquals("PBKDF2WithHmacSHA256", parts[0]);
        assertTrue(Integer.parseInt(parts[1]) >= 210_000, stored);
        assertFalse(stored.contains(PASSWORD));
        Account account = accounts.get(id);
        assertEquals("Hash Person", account.getName(), "stray spaces are removed from names");
        assertEquals(email.toLowerCase(Locale.ROOT), account.getEmail());
        assertTrue(
                accounts.authenticate(email.toUpperCase(Locale.ROOT), PASSWORD).isPresent());
        assertTrue(accounts.authenticate(email, "fel lösenord").isEmpty());
        assertTrue(accounts.authenticate("nobody@example.se", PASSWORD).isEmpty());
        assertThrows(
                EmailAlreadyRegisteredException.class, () -> accounts.register("X", email, PASSWORD, Locale.ENGLISH));
    }

    @Test
    void onlySecondsReallyPlayedCount() {
        long learner = newLearner();
        StepOutline step = firstStep();
        learning.recordDelivery(learner, step.id(), 1_000_000, 0, 1_000_000);
        PlaybackResult seekToEnd = learning.recordPlayback(
                learner,
                step.id(),
                List.of(new Interval(step.durationSeconds() - 5, step.durationSeconds())),
                step.durationSeconds());
        assertFalse(seekToEnd.testOpen());
        // What the token buckets allow is tested in PlaybackCreditTest and HttpIT; here: overlaps count once.
        learning.recordPlayback(learner, step.id(), List.of(new Interval(0, 30), new Interval(10, 40)), 40);
        StepProgress progress = learning.progress(learner, step.id()).orElseThrow();
        assertEquals(45, progress.getWatchedSeconds(), 0.1, "0–40 and the last 5 s, overlaps counted once");
        assertEquals(40, progress.getLastPosition(), 0.01, "the place to resume, on any device");
        assertThrows(
                AttemptRefusedException.class,
                () -> learning.startAttempt(learner, step.id()),
                "the test is closed before the threshold");
    }

    @Test
    void onlyFilmWhoseBytesReachedTheLearnerCounts() {
        long learner = newLearner();
        StepOutline step = firstStep();
        List<Interval> all = List.of(new Interval(0, step.durationSeconds()));
        learning.recordPlayback(learner, step.id(), all, step.durationSeconds());
        assertEquals(
                0,
                learning.progress(learner, step.id()).orElseThrow().getWatchedSeconds(),
                0.01,
                "a film never fetched earns nothing");
        learning.recordDelivery(learner, step.id(), 1_000_000, 0, 300_000);
        TestClock.advance(Duration.ofMinutes(10));
        learning.recordPlayback(learner, step.id(), all, step.durationSeconds());
        double credited = learning.progress(learner, step.id()).orElseThrow().getWatchedSeconds();
        assertTrue(credited > 0, "the delivered part counts");
        assertTrue(
                credited <= step.durationSeconds() * 0.35 + 0.01,
                credited + " s: no more than the delivered 30 % and the 5 % tolerance");
    }

    @Test
    void allStepsAtOnceAndIdleTimeEarnNoMoreThanTheLearnersBucket() {
        long learner = newLearner();
        List<StepOutline> steps = catalog.outline().parts().stream()
                .flatMap(p -> p.steps().stream())
                .toList();
        // The tests' fastest speed is 16x (failsafe's LEARNING_MAX_PLAYBACK_RATE): a full bucket is 15 s × 16 + 3 s.
        double bucket = 15 * 16 + 3;
        long began = System.nanoTime();
        reportEverything(learner, steps);
        double first = watchedInAll(learner, steps);
        double seconds = (System.nanoTime() - began) / 1e9;
        assertTrue(
                first >= bucket - 0.1 && first <= bucket + 16 * seconds + 0.1,
                "every step at once shares one bucket: " + first);
        TestClock.advance(Duration.ofMinutes(10));
        began = System.nanoTime();
        reportEverything(learner, steps);
        double second = watchedInAll(learner, steps) - first;
        seconds = (System.nanoTime() - began) / 1e9;
        assertTrue(
                second >= bucket - 0.1 && second <= bucket + 16 * seconds + 0.1,
                "ten idle minutes fill the bucket once, no more: " + second);
    }

    private void reportEverything(long learner, List<StepOutline> steps) {
        for (StepOutline step : steps) {
            learning.recordDelivery(learner, step.id(), 1_000_000, 0, 1_000_000);
            learning.recordPlayback(
                    learner, step.id(), List.of(new Interval(0, step.durationSeconds())), step.durationSeconds());
        }
    }

    private double watchedInAll(long learner, List<StepOutline> steps) {
        return steps.stream()
                .mapToDouble(s -> learning.progress(learner, s.id())
                        .map(StepProgress::getWatchedSeconds)
                        .orElse(0.0))
                .sum();
    }

    @Test
    void theTestOpensAfterTheFilmAndAReloadKeepsTheSameQuestions() throws InterruptedException {
        long learner = newLearner();
        StepOutline step = firstStep();
        watch(learner, step);
        Attempt first = learning.startAttempt(learner, step.id());
        Attempt reloaded = learning.startAttempt(learner, step.id());
        assertEquals(first.getId(), reloaded.getId());
        assertEquals(step.questionsPerTest(), first.getItems().size());
    }

    @Test
    void aFailedTestCanBeRetakenWithNewQuestionsAndEveryAttemptIsKept() throws InterruptedException {
        long learner = newLearner();
        StepOutline step = firstStep();
        watch(learner, step);
        Attempt failed = learning.startAttempt(learner, step.id());
        learning.submit(learner, failed.getId(), answers(failed, false));
        Attempt retake = learning.startAttempt(learner, step.id());
        assertNotEquals(failed.getId(), retake.getId());
        List<Long> before =
                failed.getItems().stream().map(i -> i.getQuestion().getId()).toList();
        List<Long> now =
                retake.getItems().stream().map(i -> i.getQuestion().getId()).toList();
        assertNotEquals(Set.copyOf(before), Set.copyOf(now), "a retake draws again");
        Attempt passed = learning.submit(learner, retake.getId(), answers(retake, true));
        assertTrue(passed.isPassed());
        assertEquals(100, passed.getScorePercent());
        assertEquals(2, learning.attempts(learner, step.id()).size());
        StepProgress progress = learning.progress(learner, step.id()).orElseThrow();
        assertEquals(2, progress.getAttempts());
        assertTrue(progress.isComplete());
    }

    @Test
    void afterTwoFailuresInARowTheNextAttemptWaitsTheCoolDown() throws InterruptedException {
        long learner = newLearner();
        StepOutline step = firstStep();
        watch(learner, step);
        for (int i = 0; i < 2; i++) {
            Attempt failed = learning.startAttempt(learner, step.id());
            learning.submit(learner, failed.getId(), answers(failed, false));
        }
        AttemptRefusedException refused =
                assertThrows(AttemptRefusedException.class, () -> learning.startAttempt(learner, step.id()));
        assertEquals(AttemptRefusedException.Reason.COOLING_DOWN, refused.reason());
        assertTrue(
                learning.retakeAllowedAt(learning.attempts(learner, step.id())).isPresent());
        TestClock.advance(Duration.ofMinutes(10));
        Attempt third = learning.startAttempt(learner, step.id());
        assertTrue(learning.submit(learner, third.getId(), answers(third, true)).isPassed());
    }

    @Test
    void tamperedSecondAndForeignSubmissionsAreRefusedAndChangeNothing() throws InterruptedException {
        long learner = newLearner();
        long intruder = newLearner();
        StepOutline step = firstStep();
        watch(learner, step);
        Attempt attempt = learning.startAttempt(learner, step.id());
        Map<Long, Set<Long>> tampered = answers(attempt, true);
        tampered.put(tampered.keySet().iterator().next(), Set.of(-1L));
        assertEquals(
                AttemptRefusedException.Reason.ANSWERS_DO_NOT_MATCH,
                refusal(() -> learning.submit(learner, attempt.getId(), tampered)));
        assertEquals(
                AttemptRefusedException.Reason.UNKNOWN_ATTEMPT,
                refusal(() -> learning.submit(intruder, attempt.getId(), answers(attempt, true))));
        assertEquals(
                AttemptRefusedException.Reason.UNKNOWN_ATTEMPT, refusal(() -> learning.submit(learner, -5, Map.of())));
        Map<Long, Set<Long>> partial = answers(attempt, true);
        partial.remove(partial.keySet().iterator().next());
        assertThrows(IncompleteAnswersException.class, () -> learning.submit(learner, attempt.getId(), partial));
        assertFalse(learning.openAttempt(learner, step.id()).orElseThrow().isSubmitted(), "still open after refusals");
        assertEquals(0, learning.progress(learner, step.id()).orElseThrow().getAttempts());

        learning.submit(learner, attempt.getId(), answers(attempt, false));
        assertEquals(
                AttemptRefusedException.Reason.ALREADY_SUBMITTED,
                refusal(() -> learning.submit(learner, attempt.getId(), answers(attempt, true))));
        Attempt stored = learning.latestSubmitted(learner, step.id()).orElseThrow();
        assertFalse(stored.isPassed(), "the first submission stands");
        assertEquals(1, learning.progress(learner, step.id()).orElseThrow().getAttempts());
    }

    @Test
    void twoSimultaneousSubmissionsOfOneAttemptScoreOnce() throws Exception {
        long learner = newLearner();
        StepOutline step = firstStep();
        watch(learner, step);
        Attempt attempt = learning.startAttempt(learner, step.id());
        Map<Long, Set<Long>> answers = answers(attempt, true);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Boolean>> both = List.of(
                    () -> submitQuietly(learner, attempt.getId(), answers),
                    () -> submitQuietly(learner, attempt.getId(), answers));
            List<Boolean> outcomes = new ArrayList<>();
            for (Future<Boolean> f : pool.invokeAll(both)) {
                outcomes.add(f.get());
            }
            assertEquals(1, outcomes.stream().filter(Boolean::booleanValue).count(), outcomes.toString());
        } finally {
            pool.shutdown();
        }
        assertEquals(1, learning.progress(learner, step.id()).orElseThrow().getAttempts());
    }

    private boolean submitQuietly(long learner, long attempt, Map<Long, Set<Long>> answers) {
        try {
            learning.submit(learner, attempt, answers);
            return true;
        } catch (AttemptRefusedException | EJBException e) {
            return false;
        }
    }

    @Test
    void completingAPartIssuesItsCertificateAndAllPartsTheDiploma() throws InterruptedException {
        long learner = newLearner();
        List<PartOutline> parts = catalog.outline().parts();
        for (StepOutline step : parts.get(1).steps()) {
            complete(learner, step);
        }
        List<Diploma> held = diplomas.ofLearner(learner);
        assertEquals(1, held.size());
        Diploma certificate = held.get(0);
        assertFalse(certificate.isCourseDiploma());
        assertTrue(certificate.covers(parts.get(1).id()));
        assertEquals("Test Person", certificate.getHolderName());
        assertTrue(diplomas.findByCode(certificate.getCode()).isPresent());

        for (PartOutline part : List.of(parts.get(0), parts.get(2))) {
            for (StepOutline step : part.steps()) {
                complete(learner, step);
            }
        }
        held = diplomas.ofLearner(learner);
        assertEquals(4, held.size(), "three certificates and one diploma");
        Diploma diploma = held.get(0);
        assertTrue(diploma.isCourseDiploma(), "the diploma is listed first");
        assertEquals(3, diploma.getParts().size());
        assertTrue(diplomas.findOwn(learner, diploma.getCode()).isPresent());
        assertTrue(diplomas.findOwn(newLearner(), diploma.getCode()).isEmpty(), "nobody else's");

        complete(learner, parts.get(0).steps().get(0));
        assertEquals(4, diplomas.ofLearner(learner).size(), "passing again issues nothing new");
    }

    @Test
    void reimportingIsIdempotentAndAChangedPackageKeepsProgress() throws Exception {
        Path media = mediaFiles.packageRoot();
        // Other test classes may have edited the live course (PostgreSQL keeps it): the first import
        // brings it back to the package, and the same package again changes nothing.
        importer.importPackage(CoursePackageReader.read(media));
        assertEquals(CourseImporter.Outcome.UNCHANGED, importer.importPackage(CoursePackageReader.read(media)));

        long learner = newLearner();
        StepOutline step = firstStep();
        watch(learner, step);
        Attempt attempt = learning.startAttempt(learner, step.id());
        learning.submit(learner, attempt.getId(), answers(attempt, true));
        long progressRows =
                (long) em.createQuery("select count(p) from StepProgress p").getSingleResult();

        Path changed = Files.createTempDirectory("changed-package");
        copy(media, changed);
        Path questions = changed.resolve(step.partSlug()).resolve(step.slug()).resolve("questions.json");
        String bank = Files.readString(questions);
        String firstId = bank.replaceFirst("(?s).*?\"id\"\\s*:\\s*\"([a-z0-9-]+)\".*", "$1");
        Files.writeString(
                questions, bank.replaceFirst("\"id\"\\s*:\\s*\"" + firstId + "\"", "\"id\": \"" + firstId + "-ny\""));
        try {
            assertEquals(CourseImporter.Outcome.UPDATED, importer.importPackage(CoursePackageReader.read(changed)));
            catalog.reload();
            assertEquals(progressRows, (long)
                    em.createQuery("select count(p) from StepProgress p").getSingleResult());
            assertTrue(
                    learning.progress(learner, step.id()).orElseThrow().isComplete(), "progress survives the change");
            assertEquals(1, learning.attempts(learner, step.id()).size(), "attempts survive the change");
            long retired =
                    (long) em.createQuery("select count(q) from Question q where q.key = :key and q.retired = true")
                            .setParameter("key", firstId)
                            .getSingleResult();
            assertTrue(retired >= 1, "the question that left the bank is retired, not deleted");
        } finally {
            assertEquals(CourseImporter.Outcome.UPDATED, importer.importPackage(CoursePackageReader.read(media)));
            catalog.reload();
        }
        assertEquals(1, learning.attempts(learner, step.id()).size());
    }

    private static AttemptRefusedException.Reason refusal(Runnable action) {
        return assertThrows(AttemptRefusedException.class, action::run).reason();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (source.toString().endsWith(".mp4")) {
                    Files.createSymbolicLink(target, source);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
