package se.battrebemotande.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
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
import se.battrebemotande.admin.DiplomaAdministration;
import se.battrebemotande.course.CourseCatalog;
import se.battrebemotande.course.CourseOutline.PartOutline;
import se.battrebemotande.diploma.Diploma;
import se.battrebemotande.diploma.DiplomaChangeRefusedException;
import se.battrebemotande.diploma.DiplomaChangeRefusedException.Reason;
import se.battrebemotande.diploma.DiplomaKind;
import se.battrebemotande.diploma.DiplomaState;
import se.battrebemotande.diploma.Diplomas;
import se.battrebemotande.diploma.RevocationKind;
import se.battrebemotande.learning.Learning;
import se.battrebemotande.platform.Formats;
import se.battrebemotande.platform.NotFoundException;
import se.battrebemotande.stats.Statistics;
import se.battrebemotande.stats.StatsFilter;

/**
 * Revoking and reissuing certificates and diplomas through the administration service, inside the
 * server: who may, what is refused (twice, a revoked one reissued, an unchanged name, no reason),
 * what verification then finds, the audit entries with their before and after, the name corrected
 * on the account, finding documents, and statistics counting a reissued diploma once.
 */
@ExtendWith(ArquillianExtension.class)
class DiplomaAdministrationIT {
    static final String PASSWORD = "ett långt lösenord";

    @Deployment
    static WebArchive deployment() {
        return Deployments.war()
                .addClasses(
                        DiplomaAdministrationIT.class,
                        Deployments.class,
                        Administrator.class,
                        CourseWork.class,
                        TestClock.class);
    }

    @Inject
    DiplomaAdministration administration;

    @Inject
    Diplomas diplomas;

    @Inject
    Audit audit;

    @Inject
    Accounts accounts;

    @Inject
    Learning learning;

    @Inject
    CourseCatalog catalog;

    @Inject
    Statistics statistics;

    @Inject
    Clock clock;

    long admin;

    @BeforeEach
    void administrator() {
        admin = Administrator.account(accounts);
    }

    private long learner(String name) {
        return accounts.register(name, "diploma-" + UUID.randomUUID() + "@example.se", PASSWORD, Locale.ENGLISH)
                .getId();
    }

    /** The part with the fewest steps, completed: its certificate. */
    private Diploma certificateOf(long learner) {
        PartOutline part = catalog.outline().parts().stream()
                .min(Comparator.comparingInt(p -> p.steps().size()))
                .orElseThrow();
        part.steps().forEach(s -> CourseWork.complete(learning, learner, s));
        return diplomas.ofLearner(learner).stream()
                .filter(d -> d.getKind() == DiplomaKind.PART && d.covers(part.id()))
                .findFirst()
                .orElseThrow();
    }

    private List<AuditEntry> entries(AuditAction action, Object subject) {
        return audit.entries(admin, new Audit.Filter(action, null, String.valueOf(subject), null, null), 0, 100);
    }

    private static Reason refusal(org.junit.jupiter.api.function.Executable change) {
        return assertThrows(DiplomaChangeRefusedException.class, change).getReason();
    }

    @Test
    void aRevocationIsDatedAuditedAndFinal() {
        long learner = learner("Rut Återkallad");
        String code = certificateOf(learner).getCode();

        assertEquals(Reason.NO_REASON, refusal(() -> administration.revoke(admin, code, "   ")));
        assertEquals(DiplomaState.VALID, diplomas.findByCode(code).orElseThrow().getState(), "nothing half-saved");
        assertTrue(entries(AuditAction.DIPLOMA_REVOKED, code).isEmpty());

        Instant before = Instant.now(clock);
        administration.revoke(admin, code.toLowerCase(Locale.ROOT).replace("-", " "), "Provet gjordes av någon annan");
        Diploma revoked = diplomas.findByCode(code).orElseThrow();
        assertEquals(DiplomaState.REVOKED, revoked.getState());
        assertEquals(RevocationKind.ADMINISTRATOR, revoked.getRevocationKind());
        assertEquals("Provet gjordes av någon annan", revoked.getRevocationReason());
        assertTrue(!revoked.getRevokedAt().isBefore(before), "dated by the clock");
        assertNull(revoked.getReplacedBy());
        assertTrue(diplomas.currentReplacement(revoked).isEmpty(), "a revoked document points nowhere");

        List<AuditEntry> logged = entries(AuditAction.DIPLOMA_REVOKED, code);
        assertEquals(1, logged.size());
        AuditEntry entry = logged.get(0);
        assertEquals(admin, entry.getActorId());
        assertEquals("diploma", entry.getSubjectType());
        assertEquals("state=VALID", entry.getBefore());
        assertTrue(entry.getAfter().contains("state=REVOKED"), entry.getAfter());
        assertTrue(entry.getAfter().contains("reason=Provet gjordes av någon annan"), entry.getAfter());
        assertTrue(entry.getSummary().contains(code) && entry.getSummary().contains("Rut Återkallad"));

        assertEquals(Reason.REVOKED, refusal(() -> administration.revoke(admin, code, "again")));
        assertEquals(Reason.REVOKED, refusal(() -> administration.reissue(admin, code, "Rut Ny")));
        Diploma still = diplomas.findByCode(code).orElseThrow();
        assertEquals("Provet gjordes av någon annan", still.getRevocationReason(), "the first revocation stands");
        assertEquals(revoked.getRevokedAt(), still.getRevokedAt());
        assertEquals(1, entries(AuditAction.DIPLOMA_REVOKED, code).size(), "a refusal writes nothing");
        assertEquals("Rut Återkallad", accounts.get(learner).getName(), "a refused reissue renames nobody");

        DiplomaAdministration.Document shown = administration.document(admin, code);
        assertEquals(learner, shown.holder().getId());
        assertEquals(
                List.of(code), shown.lineage().stream().map(Diploma::getCode).toList());
        assertEquals(1, shown.history().size());
    }

    @Test
    void aReissueReplacesTheOldCodeAndCorrectsTheName() {
        long learner = learner("Kalle Felstavad");
        Diploma original = certificateOf(learner);
        String old = original.getCode();

        assertEquals(Reason.SAME_NAME, refusal(() -> administration.reissue(admin, old, "  Kalle   Felstavad ")));
        assertEquals(DiplomaState.VALID, diplomas.findByCode(old).orElseThrow().getState());

        Diplomas.Reissue reissue = administration.reissue(admin, old, "Kalle Rättstavad");
        Diploma replacement = reissue.replacement();
        assertNotEquals(old, replacement.getCode());
        assertEquals("Kalle Rättstavad", replacement.getHolderName());
        assertEquals(original.getKind(), replacement.getKind());
        assertEquals(original.getPartId(), replacement.getPartId());
        assertEquals(
                original.getParts().get(0).getCompletedAt(),
                replacement.getParts().get(0).getCompletedAt(),
                "the part keeps its completion date");
        assertEquals("Kalle Rättstavad", accounts.get(learner).getName(), "the account carries the corrected name");

        Diploma replaced = diplomas.findByCode(old).orElseThrow();
        assertEquals(DiplomaState.REPLACED, replaced.getState());
        assertEquals(RevocationKind.REPLACED, replaced.getRevocationKind());
        assertEquals(replacement.getId(), replaced.getReplacedBy(), "the old row names the new one");
        assertNull(replaced.getRevocationReason());
        assertEquals("Kalle Felstavad", replaced.getHolderName(), "the old document is never edited");
        assertEquals(
                replacement.getCode(),
                diplomas.currentReplacement(replaced).orElseThrow().getCode());
        assertEquals(
                DiplomaState.VALID,
                diplomas.findByCode(replacement.getCode()).orElseThrow().getState());

        AuditEntry reissued = entries(AuditAction.DIPLOMA_REISSUED, old).get(0);
        assertEquals("state=VALID\nholder=Kalle Felstavad", reissued.getBefore());
        assertEquals(
                "state=REPLACED\nreplacedBy=" + replacement.getCode() + "\nholder=Kalle Rättstavad",
                reissued.getAfter());
        AuditEntry renamed = entries(AuditAction.ACCOUNT_RENAMED, learner).get(0);
        assertEquals("name=Kalle Felstavad", renamed.getBefore());
        assertEquals("name=Kalle Rättstavad", renamed.getAfter());

        assertEquals(Reason.REPLACED, refusal(() -> administration.reissue(admin, old, "Kalle Tredje")));
        assertEquals(Reason.REPLACED, refusal(() -> administration.revoke(admin, old, "reason")));

        Diploma third = administration
                .reissue(admin, replacement.getCode(), "Karl Rättstavad")
                .replacement();
        assertEquals(
                List.of(old, replacement.getCode(), third.getCode()),
                administration.document(admin, replacement.getCode()).lineage().stream()
                        .map(Diploma::getCode)
                        .toList(),
                "the line from the first to the newest, from any of them");
        assertEquals(
                third.getCode(),
                diplomas.currentReplacement(diplomas.findByCode(old).orElseThrow())
                        .orElseThrow()
                        .getCode(),
                "the first code leads to the newest document");
        assertEquals(
                2, administration.document(admin, third.getCode()).history().size());
        assertEquals(1, diplomas.count(third.getCode(), DiplomaState.VALID));
        assertEquals(0, diplomas.count(old, DiplomaState.VALID));
        assertEquals(1, diplomas.count(old, DiplomaState.REPLACED));
    }

    @Test
    void onlyAdministratorsFindRevokeOrReissue() {
        long learner = learner("Lisa Obehörig");
        String code = certificateOf(learner).getCode();
        assertThrows(NotFoundException.class, () -> administration.revoke(learner, code, "reason"));
        assertThrows(NotFoundException.class, () -> administration.reissue(learner, code, "Lisa Annan"));
        assertThrows(NotFoundException.class, () -> administration.document(learner, code));
        assertThrows(NotFoundException.class, () -> administration.search(learner, "", null, 0, 10));
        assertEquals(DiplomaState.VALID, diplomas.findByCode(code).orElseThrow().getState());
        assertThrows(NotFoundException.class, () -> administration.document(admin, "7KQ2M-9XAT3-RDF0D"));
        assertThrows(NotFoundException.class, () -> administration.revoke(admin, "not a code", "reason"));
    }

    @Test
    void documentsAreFoundByCodeNameOrEmailAndState() {
        String unique = "Sökbar" + UUID.randomUUID().toString().substring(0, 6);
        String email = "search-" + UUID.randomUUID() + "@example.se";
        long learner = accounts.register(unique + " Person", email, PASSWORD, Locale.ENGLISH)
                .getId();
        String code = certificateOf(learner).getCode();

        assertEquals(List.of(code), codes(code.toLowerCase(Locale.ROOT).replace("-", ""), null));
        assertEquals(List.of(code), codes(unique.toLowerCase(Locale.ROOT), null));
        assertEquals(List.of(code), codes(unique + " pers", null));
        assertEquals(List.of(code), codes(email.toUpperCase(Locale.ROOT), null));
        assertEquals(List.of(), codes("nobody-" + UUID.randomUUID() + "@example.se", null));
        assertEquals(List.of(), codes(unique + "%", null), "a % is a letter, not a wildcard");
        assertEquals(List.of(code), codes(unique, DiplomaState.VALID));
        assertEquals(List.of(), codes(unique, DiplomaState.REVOKED));
        administration.revoke(admin, code, "test");
        assertEquals(List.of(code), codes(unique, DiplomaState.REVOKED));
        assertEquals(1, administration.count(admin, unique, DiplomaState.REVOKED));
        assertEquals(0, administration.count(admin, unique, DiplomaState.VALID));
    }

    private List<String> codes(String text, DiplomaState state) {
        return administration.search(admin, text, state, 0, 10).stream()
                .map(Diploma::getCode)
                .toList();
    }

    @Test
    void statisticsCountAReissuedDiplomaOnce() {
        long learner = learner("Stina Statistik");
        catalog.outline().parts().forEach(p -> p.steps().forEach(s -> CourseWork.complete(learning, learner, s)));
        Diploma diploma = diplomas.ofLearner(learner).stream()
                .filter(Diploma::isCourseDiploma)
                .findFirst()
                .orElseThrow();
        long completions = completionsAround();
        administration.reissue(admin, diploma.getCode(), "Stina Statistiksson");
        assertEquals(completions, completionsAround(), "the reissued diploma is not a second completion");
    }

    private long completionsAround() {
        LocalDate today = LocalDate.ofInstant(Instant.now(clock), Formats.ZONE);
        return statistics
                .perDay(admin, new StatsFilter(today.minusDays(2), today.plusDays(2), null, null, null, null))
                .stream()
                .mapToLong(Statistics.TimePoint::completions)
                .sum();
    }
}
