package se.battrebemotande.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.omnifaces.util.Faces;
import se.battrebemotande.account.CurrentUser;
import se.battrebemotande.platform.Formats;
import se.battrebemotande.web.Paged;

/** {@code /admin/audit}: every administrative change, newest first, filtered by kind, subject and dates. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Audit audit;

    @Inject
    CurrentUser user;

    private AuditAction action;
    private String subject;
    private LocalDate from;
    private LocalDate until;
    private Paged<AuditEntry> entries;

    @PostConstruct
    void init() {
        try {
            String a = Faces.getRequestParameter("action");
            action = a == null || a.isBlank() ? null : AuditAction.valueOf(a);
        } catch (IllegalArgumentException e) {
            action = null;
        }
        subject = Faces.getRequestParameter("subject");
        from = date(Faces.getRequestParameter("from"));
        until = date(Faces.getRequestParameter("until"));
        Audit.Filter filter = new Audit.Filter(
                action,
                null,
                subject,
                from == null ? null : from.atStartOfDay(Formats.ZONE).toInstant(),
                until == null
                        ? null
                        : until.plusDays(1).atStartOfDay(Formats.ZONE).toInstant());
        entries = new Paged<>(
                () -> audit.count(user.id(), filter),
                (first, size, sort, ascending) -> audit.entries(user.id(), filter, first, size),
                AuditEntry::getId);
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public Paged<AuditEntry> getEntries() {
        return entries;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getSubject() {
        return subject;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getUntil() {
        return until;
    }
}
