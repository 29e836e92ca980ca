package se.battrebemotande.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends what is due in the outbox, on a few worker threads, each claiming a batch at a time and
 * sending it over one connection. It starts once a transaction that queued mail has committed, and
 * every half minute ({@link MailRetries}) for mails waiting to be tried again.
 */
@ApplicationScoped
public class MailDispatcher {
    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());
    static final int WORKERS = 4;
    static final int BATCH = 200;
    static final Duration LEASE = Duration.ofMinutes(5);

    @Resource
    ManagedExecutorService executor;

    @Inject
    Outbox outbox;

    @Inject
    MailSettings settings;

    @Inject
    Clock clock;

    private final AtomicInteger workers = new AtomicInteger();
    private final AtomicBoolean more = new AtomicBoolean();
    private volatile MailSender sender;

    void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued event) {
        kick();
    }

    /** Makes sure mail that is due gets sent soon. */
    public void kick() {
        more.set(true);
        int running = workers.get();
        while (running < WORKERS) {
            if (workers.compareAndSet(running, running + 1)) {
                executor.execute(this::work);
                return;
            }
            running = workers.get();
        }
    }

    private void work() {
        try {
            do {
                more.set(false);
                while (sendBatch() > 0) {
                    // keep going while there is mail due
                }
            } while (more.get());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sending mail stopped; it is tried again within a minute", e);
        } finally {
            workers.decrementAndGet();
        }
    }

    /** Claims and sends one batch; returns how many mails it claimed. */
    int sendBatch() {
        List<Mail> batch = outbox.claim(UUID.randomUUID().toString(), BATCH, LEASE);
        if (batch.isEmpty()) {
            return 0;
        }
        MailSender to = sender();
        List<Long> delivered = new ArrayList<>();
        try (MailSender.Connection connection = to.open()) {
            for (Mail mail : batch) {
                try {
                    MimeMessage message = MailMessages.build(
                            to.session(),
                            settings.from(),
                            mail,
                            MailContent.of(mail.getTemplate(), mail.getLanguage(), mail.values()),
                            Instant.now(clock));
                    connection.send(mail, message);
                    delivered.add(mail.getId());
                } catch (MessagingException | RuntimeException e) {
                    failed(mail, e);
                }
            }
        } catch (MessagingException e) {
            batch.stream().filter(m -> !delivered.contains(m.getId())).forEach(m -> failed(m, e));
        }
        outbox.delivered(delivered);
        return batch.size();
    }

    private void failed(Mail mail, Exception e) {
        String error = e.getClass().getSimpleName() + ": " + e.getMessage();
        LOG.warning(() -> "Mail " + mail.getId() + " (" + mail.getTemplate() + ") was not delivered, attempt "
                + (mail.getAttempts() + 1) + ": " + error);
        outbox.undelivered(mail.getId(), error);
    }

    private MailSender sender() {
        MailSender current = sender;
        if (current == null) {
            current = settings.isSmtp() ? new SmtpSender(settings) : new FolderSender(settings.outboxDir());
            sender = current;
        }
        return current;
    }
}
