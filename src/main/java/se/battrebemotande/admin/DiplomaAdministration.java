package se.battrebemotande.admin;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import java.util.List;
import se.battrebemotande.account.Account;
import se.battrebemotande.account.Accounts;
import se.battrebemotande.diploma.Diploma;
import se.battrebemotande.diploma.DiplomaState;
import se.battrebemotande.diploma.Diplomas;
import se.battrebemotande.diploma.RevocationKind;
import se.battrebemotande.diploma.VerificationCode;
import se.battrebemotande.platform.NotFoundException;

/**
 * Finding certificates and diplomas, revoking them and reissuing them after a name correction.
 * The rules are the diploma feature's; this adds who may ask and the audit log, in one transaction
 * with the change.
 */
@Stateless
public class DiplomaAdministration {
    static final String SUBJECT = AuditAction.DIPLOMA_REVOKED.subject();

    @Inject
    Audit audit;

    @Inject
    Diplomas diplomas;

    @Inject
    Accounts accounts;

    /**
     * One document as an administrator sees it: its holder's account (null if it no longer
     * exists), its line of reissues from the first to the newest, and the audit entries about them.
     */
    public record Document(Diploma diploma, Account holder, List<Diploma> lineage, List<AuditEntry> history) {
        /** The newest document of the line, when this one was replaced. */
        public Diploma getCurrent() {
            return lineage.get(lineage.size() - 1);
        }
    }

    public List<Diploma> search(long actorId, String text, DiplomaState state, int first, int size) {
        audit.administrator(actorId);
        return diplomas.search(text, state, first, size);
    }

    public long count(long actorId, String text, DiplomaState state) {
        audit.administrator(actorId);
        return diplomas.count(text, state);
    }

    /** The document with this code, typed as on paper; an unknown or malformed code is not found. */
    public Document document(long actorId, String typedCode) {
        audit.administrator(actorId);
        Diploma diploma = find(typedCode);
        List<Diploma> lineage = diplomas.lineage(diploma);
        return new Document(
                diploma,
                accounts.find(diploma.getAccountId()).orElse(null),
                lineage,
                audit.about(SUBJECT, lineage.stream().map(Diploma::getCode).toList()));
    }

    /** Revokes a valid document for a reason kept for administrators; the verification page shows only the date. */
    public Diploma revoke(long actorId, String typedCode, String reason) {
        Account actor = audit.administrator(actorId);
        String code = find(typedCode).getCode();
        Diploma revoked = diplomas.revoke(code, RevocationKind.ADMINISTRATOR, reason);
        audit.record(
                actor,
                AuditAction.DIPLOMA_REVOKED,
                code,
                summary(revoked),
                "state=VALID",
                "state=" + revoked.getState() + "\nkind=" + revoked.getRevocationKind() + "\nrevokedAt="
                        + revoked.getRevokedAt().truncatedTo(ChronoUnit.SECONDS) + "\nreason="
                        + revoked.getRevocationReason());
        return revoked;
    }

    /**
     * Issues a valid document again, with a new code, under the holder's corrected name, and
     * corrects the name on their account too, so that documents they earn later carry it.
     */
    public Diplomas.Reissue reissue(long actorId, String typedCode, String correctedName) {
        Account actor = audit.administrator(actorId);
        Diploma old = find(typedCode);
        String oldName = old.getHolderName();
        Diplomas.Reissue reissue = diplomas.reissue(old.getCode(), correctedName);
        Diploma replacement = reissue.replacement();
        audit.record(
                actor,
                AuditAction.DIPLOMA_REISSUED,
                old.getCode(),
                summary(reissue.replaced()) + " → " + replacement.getCode(),
                "state=VALID\nholder=" + oldName,
                "state=" + reissue.replaced().getState() + "\nreplacedBy=" + replacement.getCode() + "\nholder="
                        + replacement.getHolderName());
        accounts.find(old.getAccountId())
                .filter(a -> !a.getName().equals(replacement.getHolderName()))
                .ifPresent(account -> {
                    String before = account.getName();
                    accounts.correctName(account.getId(), replacement.getHolderName());
                    audit.record(
                            actor,
                            AuditAction.ACCOUNT_RENAMED,
                            account.getId(),
                            replacement.getHolderName() + " <" + account.getEmail() + ">",
                            "name=" + before,
                            "name=" + replacement.getHolderName());
                });
        return reissue;
    }

    private Diploma find(String typedCode) {
        return VerificationCode.parse(typedCode)
                .valid()
                .flatMap(diplomas::findByCode)
                .orElseThrow(() -> new NotFoundException("diploma " + typedCode));
    }

    private static String summary(Diploma d) {
        return d.getCode() + " " + d.getKind() + (d.getPartId() == null ? "" : " " + d.getPartId()) + " "
                + d.getHolderName();
    }
}
