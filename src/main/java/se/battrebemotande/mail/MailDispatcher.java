package se.battrebemotande.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
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
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends what is due in the outbox. A few sender threads, started with the application (once the
 * schema is in place), wait for
 * word that a transaction has committed new mail, or half a minute at most (for mails waiting to be
 * tried again, or claimed by a server that stopped); then each claims a batch at a time and sends it
 * over one connection, until nothing is due. Claims in the database keep two servers, or two
 * threads, from sending one mail, and a mail queued again meanwhile is never marked with an older
 * result.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MailDispatcher {
    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());
    static final int WORKERS = 4;
    static final int BATCH = 200;
    static final Duration LEASE = Duration.ofMinutes(5);
    static final long IDLE_MILLIS = 30_000;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    Outbox outbox;

    @Inject
    MailSettings settings;

    @Inject
    Clock clock;

    private final Object signal = new Object();
    private long signals;
    private volatile boolean running;
    private volatile MailSender sender;
    private final List<Thread> workers = new ArrayList<>();

    @PostConstruct
    void start() {
        running = true;
        for (int i = 0; i < WORKERS; i++) {
            Thread worker = threads.newThread(this::work);
            worker.setName("mail-sender-" + i);
            worker.setDaemon(true);
            worker.start();
            workers.add(worker);
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        workers.forEach(Thread::interrupt);
    }

    public void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued event) {
        kick();
    }

    /** Makes sure mail that is due gets sent soon. */
    public void kick() {
        synchronized (signal) {
            signals++;
            signal.notifyAll();
        }
    }

    private void work() {
        long seen = 0;
        while (running) {
            try {
                while (sendBatch() > 0) {
                    // keep going while there is mail due
                }
                synchronized (signal) {
                    if (signals == seen) {
                        signal.wait(IDLE_MILLIS);
                    }
                    seen = signals;
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Sending mail failed; it is tried again within a minute", e);
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(IDLE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Claims and sends one batch; returns how many mails it claimed. */
    int sendBatch() {
        String claim = UUID.randomUUID().toString();
        List<Mail> batch = outbox.claim(claim, BATCH, LEASE);
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
                    failed(claim, mail, e);
                }
            }
        } catch (MessagingException e) {
            batch.stream().filter(m -> !delivered.contains(m.getId())).forEach(m -> failed(claim, m, e));
        }
        outbox.delivered(claim, delivered);
        return batch.size();
    }

    private void failed(String claim, Mail mail, Exception e) {
        String error = e.getClass().getSimpleName() + ": " + e.getMessage();
        LOG.warning(() -> "Mail " + mail.getId() + " (" + mail.getTemplate() + ") was not delivered, attempt "
                + (mail.getAttempts() + 1) + ": " + error);
        outbox.undelivered(claim, mail.getId(), error);
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
