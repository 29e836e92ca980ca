package se.battrebemotande.mail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One e-mail in the outbox: whom it goes to, in which language, which template with which values,
 * and how its delivery went. Its values may hold a personal link; they are cleared once the mail
 * is sent, so the database keeps no usable link longer than needed.
 */
@Entity
@NamedQuery(
        name = "Mail.findDue",
        query = "select m.id from Mail m where m.status = se.battrebemotande.mail.MailStatus.PENDING"
                + " and m.nextAttemptAt <= :now and (m.claimedUntil is null or m.claimedUntil < :now)"
                + " order by m.nextAttemptAt")
@NamedQuery(name = "Mail.findClaimed", query = "select m from Mail m where m.claimedBy = :claim")
public class Mail {
    /** Pauses before the 2nd, 3rd, … attempt; the last one repeats. */
    static final List<Duration> BACKOFF = List.of(
            Duration.ofMinutes(1),
            Duration.ofMinutes(5),
            Duration.ofMinutes(15),
            Duration.ofHours(1),
            Duration.ofHours(3),
            Duration.ofHours(6),
            Duration.ofHours(12));

    static final int ERROR_MAX = 1000;

    @Id
    @SequenceGenerator(name = "mail_seq", sequenceName = "mail_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_seq")
    private Long id;

    private String recipient;

    private String language;

    @Enumerated(EnumType.STRING)
    private MailTemplate template;

    private String parameters;

    @Column(name = "created_at")
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    private MailStatus status;

    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "claimed_by")
    private String claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error")
    private String lastError;

    @Version
    private long version;

    protected Mail() {}

    Mail(String recipient, Locale language, MailTemplate template, Map<String, String> values, Instant now) {
        this.recipient = recipient;
        this.language = language.getLanguage();
        this.template = template;
        JsonObjectBuilder json = Json.createObjectBuilder();
        values.forEach(json::add);
        this.parameters = json.build().toString();
        this.createdAt = now;
        this.status = MailStatus.PENDING;
        this.nextAttemptAt = now;
    }

    /** Not delivered: tried again after a pause, until the attempts run out. */
    void failed(String error, Instant now, int maxAttempts) {
        attempts++;
        lastError = error == null ? "" : error.length() > ERROR_MAX ? error.substring(0, ERROR_MAX) : error;
        claimedBy = null;
        claimedUntil = null;
        if (attempts >= maxAttempts) {
            status = MailStatus.FAILED;
        } else {
            nextAttemptAt = now.plus(BACKOFF.get(Math.min(attempts, BACKOFF.size()) - 1));
        }
    }

    /** Sends it again soon, with fresh values (a new link), after it failed or when asked to. */
    void retry(Map<String, String> values, Instant now) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        values.forEach(json::add);
        parameters = json.build().toString();
        status = MailStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        claimedBy = null;
        claimedUntil = null;
        sentAt = null;
        lastError = null;
    }

    boolean isClaimedBy(String claim) {
        return claim.equals(claimedBy);
    }

    public Map<String, String> values() {
        JsonObject object = Json.createReader(new StringReader(parameters)).readObject();
        Map<String, String> values = new LinkedHashMap<>();
        object.forEach((k, v) -> values.put(k, v instanceof JsonString s ? s.getString() : v.toString()));
        return values;
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public Locale getLanguage() {
        return Locale.forLanguageTag(language);
    }

    public MailTemplate getTemplate() {
        return template;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }
}
