package se.battrebemotande.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.battrebemotande.account.Accounts;
import se.battrebemotande.admin.Audit;
import se.battrebemotande.admin.AuditAction;
import se.battrebemotande.admin.AuditEntry;
import se.battrebemotande.admin.ContentAdministration;
import se.battrebemotande.admin.PackageAdministration;
import se.battrebemotande.admin.PackageAdministration.Preview;
import se.battrebemotande.admin.PackageAdministration.Source;
import se.battrebemotande.admin.PackageRefusedException;
import se.battrebemotande.course.CourseCatalog;
import se.battrebemotande.course.CourseEditRefusedException;
import se.battrebemotande.course.CourseEditor.StepTexts;
import se.battrebemotande.course.CourseImporter;
import se.battrebemotande.course.CourseOutline.StepOutline;
import se.battrebemotande.course.MediaFiles;
import se.battrebemotande.course.Question;
import se.battrebemotande.course.QuestionContent;
import se.battrebemotande.course.Step;
import se.battrebemotande.course.pkg.CoursePackage;
import se.battrebemotande.course.pkg.CoursePackageReader;
import se.battrebemotande.course.pkg.CoursePackageWriter;
import se.battrebemotande.course.pkg.PackageChanges;
import se.battrebemotande.platform.Database;
import se.battrebemotande.platform.LocalizedText;

/**
 * Administrators keep the live course current: step texts with a check for someone else's edit,
 * questions as versions, a bank never smaller than a test, the course exported and imported as a
 * package with a preview, one import at a time, and another server seeing an edit. Every test leaves
 * the course saying what it said (PostgreSQL keeps it for the next test class).
 */
@ExtendWith(ArquillianExtension.class)
class ContentAdministrationIT {
    @Deployment
    static WebArchive deployment() {
        return Deployments.war()
                .addClasses(
                        ContentAdministrationIT.class,
                        Deployments.class,
                        Administrator.class,
                        TestClock.class,
                        PackageZips.class);
    }

    @Inject
    ContentAdministration content;

    @Inject
    PackageAdministration packages;

    @Inject
    CourseCatalog catalog;

    @Inject
    CourseImporter importer;

    @Inject
    MediaFiles files;

    @Inject
    Accounts accounts;

    @Inject
    Audit audit;

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    long admin;

    @BeforeEach
    void administrator() {
        admin = Administrator.account(accounts);
    }

    private StepOutline step(int part, int step) {
        return catalog.outline().parts().get(part).steps().get(step);
    }

    private List<AuditEntry> audited(AuditAction action) {
        return audit.entries(admin, new Audit.Filter(action, null, null, null, null), 0, 50);
    }

    @Test
    void anEditIsSeenAtOnceAndAFormOpenedBeforeItIsRefused() {
        long id = step(0, 0).id();
        Step step = content.step(admin, id);
        Instant seen = step.getEditedAt();
        StepTexts before = new StepTexts(step.getTitle(), step.getSummary(), step.getTranscript());
        LocalizedText title = new LocalizedText(
                before.title().sv() + " (redigerad)", before.title().en());

        content.editTexts(admin, id, seen, new StepTexts(title, before.summary(), before.transcript()));

        assertEquals(title.sv(), catalog.findStep(id).orElseThrow().title().sv());
        CourseEditRefusedException refused =
                assertThrows(CourseEditRefusedException.class, () -> content.editTexts(admin, id, seen, before));
        assertEquals(CourseEditRefusedException.Reason.CHANGED_MEANWHILE, refused.getReason());
        assertEquals(title.sv(), catalog.findStep(id).orElseThrow().title().sv());
        AuditEntry entry = audited(AuditAction.STEP_EDITED).get(0);
        assertEquals(String.valueOf(id), entry.getSubjectId());
        assertTrue(entry.getBefore().contains("title.sv=" + before.title().sv()), entry.getBefore());
        assertTrue(entry.getAfter().contains("(redigerad)"), entry.getAfter());

        content.editTexts(admin, id, content.step(admin, id).getEditedAt(), before);
        assertEquals(
                before.title().sv(), catalog.findStep(id).orElseThrow().title().sv());
    }

    @Test
    void aRevisedQuestionIsANewVersionAndTheOldOneStaysAsItWas() {
        Question q = catalog.questionBank(step(1, 0).id()).get(0);
        QuestionContent old = QuestionContent.of(q);
        QuestionContent reworded = new QuestionContent(
                old.multiple(),
                new LocalizedText(old.text().sv() + " Tänk efter.", old.text().en()),
                old.explanation(),
                old.choices());

        Question next = content.reviseQuestion(admin, q.getId(), reworded);

        assertNotEquals(q.getId(), next.getId());
        assertEquals(q.getKey(), next.getKey());
        assertEquals(q.getVersion() + 1, next.getVersion());
        Question kept = content.question(admin, q.getId());
        assertTrue(kept.isRetired());
        assertEquals(old.text(), kept.getText());
        assertEquals(next.getId(), kept.getReplacedBy().getId());
        assertTrue(catalog.questionBank(step(1, 0).id()).stream()
                .anyMatch(b -> b.getId().equals(next.getId())));
        assertFalse(catalog.questionBank(step(1, 0).id()).stream()
                .anyMatch(b -> b.getId().equals(q.getId())));
        CourseEditRefusedException refused =
                assertThrows(CourseEditRefusedException.class, () -> content.reviseQuestion(admin, q.getId(), old));
        assertEquals(CourseEditRefusedException.Reason.NOT_NEWEST, refused.getReason());
        assertEquals(
                next.getId(),
                content.reviseQuestion(admin, next.getId(), reworded).getId(),
                "nothing changed");

        Question back = content.reviseQuestion(admin, next.getId(), old);
        assertEquals(q.getVersion() + 2, back.getVersion());
    }

    @Test
    void theBankNeverGetsSmallerThanATest() {
        long stepId = step(2, 0).id();
        int perTest = step(2, 0).questionsPerTest();
        List<Question> bank = catalog.questionBank(stepId);
        List<Long> retired = new ArrayList<>();
        try {
            for (Question q : bank.subList(0, bank.size() - perTest)) {
                retired.add(content.retireQuestion(admin, q.getId()).getId());
            }
            long last = bank.get(bank.size() - 1).getId();
            CourseEditRefusedException refused =
                    assertThrows(CourseEditRefusedException.class, () -> content.retireQuestion(admin, last));
            assertEquals(CourseEditRefusedException.Reason.BANK_TOO_SMALL, refused.getReason());
            assertEquals(perTest, catalog.questionBank(stepId).size());
        } finally {
            retired.forEach(id -> content.reinstateQuestion(admin, id));
        }
        assertEquals(bank.size(), catalog.questionBank(stepId).size());
    }

    @Test
    void theExportedCourseImportsWithoutAChange() throws IOException {
        Source staged = packages.stage(admin, new ByteArrayInputStream(exported()));

        Preview preview = packages.preview(admin, staged);

        assertFalse(preview.otherCourse());
        assertTrue(preview.changes().isEmpty(), () -> preview.changes().toString());
        packages.discard(admin, staged);
        assertThrows(PackageRefusedException.class, () -> packages.preview(admin, staged));
    }

    @Test
    void anEditedPackageShowsWhatChangesAndImportsIt() throws IOException {
        StepOutline first = step(0, 0);
        byte[] zip = PackageZips.edited(
                exported(),
                first.partSlug() + "/" + first.slug() + "/step.json",
                first.title().sv(),
                "Ny titel från paketet");
        Source staged = packages.stage(admin, new ByteArrayInputStream(zip));

        PackageChanges changes = packages.preview(admin, staged).changes();

        assertEquals(1, changes.changes().size(), changes::toString);
        assertEquals(PackageChanges.Level.STEP, changes.changes().get(0).level());
        assertEquals(List.of("title"), changes.changes().get(0).fields());

        assertEquals(CourseImporter.Outcome.UPDATED, packages.importPackage(admin, staged));

        StepOutline after = catalog.findStep(first.id()).orElseThrow();
        assertEquals("Ny titel från paketet", after.title().sv());
        assertTrue(after.filmPath().startsWith(MediaFiles.UPLOADS + "packages/"), after.filmPath());
        assertTrue(files.resolve(after.filmPath()).isPresent(), "the film is kept where the course finds it");
        assertTrue(audited(AuditAction.PACKAGE_IMPORTED).get(0).getAfter().contains("STEP " + first.partSlug()));

        Step step = content.step(admin, first.id());
        content.editTexts(
                admin,
                first.id(),
                step.getEditedAt(),
                new StepTexts(first.title(), step.getSummary(), step.getTranscript()));
    }

    @Test
    void aPackageOfAnotherCourseIsRefused() throws IOException {
        CoursePackage live = packages.live(admin);
        byte[] zip = PackageZips.edited(exported(), "course.json", "\"" + live.slug() + "\"", "\"en-annan-kurs\"");
        Source staged = packages.stage(admin, new ByteArrayInputStream(zip));

        assertTrue(packages.preview(admin, staged).otherCourse());
        PackageRefusedException refused =
                assertThrows(PackageRefusedException.class, () -> packages.importPackage(admin, staged));
        assertEquals("import.otherCourse", refused.key());
        assertEquals(live.slug(), packages.live(admin).slug());
    }

    @Test
    void aBrokenPackageListsItsProblems() throws IOException {
        byte[] zip = PackageZips.edited(exported(), "course.json", "\"parts\"", "\"delar\"");
        Source staged = packages.stage(admin, new ByteArrayInputStream(zip));

        PackageRefusedException refused =
                assertThrows(PackageRefusedException.class, () -> packages.preview(admin, staged));

        assertEquals("import.invalid", refused.key());
        assertFalse(refused.problems().isEmpty());
    }

    @Test
    void twoServersImportingAtOnceImportOnce() throws Exception {
        StepOutline first = step(0, 0);
        byte[] zip = PackageZips.edited(
                exported(),
                first.partSlug() + "/" + first.slug() + "/step.json",
                first.title().sv(),
                "Samtidigt");
        Path folder = Files.createTempDirectory("import-twice");
        PackageZips.unzip(zip, folder);
        CoursePackage pkg = CoursePackageReader.read(folder);
        Path kept = files.uploadFolder("packages/twice-" + System.nanoTime());
        copyTree(folder, kept);
        String keptPrefix = files.pathOf(kept.resolve("course.json")).replace("course.json", "");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<CourseImporter.Outcome>> both = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            both.add(executor.submit(() -> {
                start.await();
                return importer.importPackage(pkg, keptPrefix);
            }));
        }
        start.countDown();
        Set<CourseImporter.Outcome> outcomes = new HashSet<>();
        for (Future<CourseImporter.Outcome> f : both) {
            outcomes.add(f.get());
        }

        assertEquals(Set.of(CourseImporter.Outcome.UPDATED, CourseImporter.Outcome.UNCHANGED), outcomes);
        assertEquals(
                "Samtidigt", catalog.findStep(first.id()).orElseThrow().title().sv());

        Step step = content.step(admin, first.id());
        content.editTexts(
                admin,
                first.id(),
                step.getEditedAt(),
                new StepTexts(first.title(), step.getSummary(), step.getTranscript()));
    }

    @Test
    void anotherServersEditIsSeenWithinTheFreshness() throws SQLException {
        StepOutline first = step(0, 0);
        try (Connection c = dataSource.getConnection();
                PreparedStatement title = c.prepareStatement("UPDATE step SET title_sv = ? WHERE id = ?");
                PreparedStatement revision = c.prepareStatement("UPDATE course SET revision = revision + 1")) {
            title.setString(1, "Ändrad på en annan server");
            title.setLong(2, first.id());
            title.executeUpdate();
            revision.executeUpdate();
        }
        assertEquals(
                first.title().sv(),
                catalog.findStep(first.id()).orElseThrow().title().sv(),
                "not yet");

        TestClock.advance(Duration.ofSeconds(6));

        assertEquals(
                "Ändrad på en annan server",
                catalog.findStep(first.id()).orElseThrow().title().sv());
        try (Connection c = dataSource.getConnection();
                PreparedStatement title = c.prepareStatement("UPDATE step SET title_sv = ? WHERE id = ?");
                PreparedStatement revision = c.prepareStatement("UPDATE course SET revision = revision + 1")) {
            title.setString(1, first.title().sv());
            title.setLong(2, first.id());
            title.executeUpdate();
            revision.executeUpdate();
        }
        TestClock.advance(Duration.ofSeconds(6));
        assertEquals(
                first.title().sv(),
                catalog.findStep(first.id()).orElseThrow().title().sv());
    }

    private byte[] exported() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CoursePackageWriter.write(packages.live(admin), p -> files.resolve(p).orElseThrow(), out);
        return out.toByteArray();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
