package se.battrebemotande.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * With no SMTP server configured, each mail is written as an {@code .eml} file (openable in any
 * mail program) to the outbox folder, and its link is logged, so a local trial works end to end.
 */
final class FolderSender implements MailSender {
    private static final Logger LOG = Logger.getLogger(FolderSender.class.getName());

    private final Session session = Session.getInstance(new Properties());
    private final Path folder;

    FolderSender(Path folder) {
        this.folder = folder;
    }

    @Override
    public Session session() {
        return session;
    }

    @Override
    public Connection open() throws MessagingException {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new MessagingException("Cannot create the outbox folder " + folder.toAbsolutePath(), e);
        }
        return new Connection() {
            @Override
            public void send(Mail mail, MimeMessage message) throws MessagingException {
                Path file = folder.resolve(
                        "mail-" + mail.getId() + "-" + mail.getTemplate().name().toLowerCase() + ".eml");
                try (OutputStream out = Files.newOutputStream(file)) {
                    message.writeTo(out);
                } catch (IOException e) {
                    throw new MessagingException("Cannot write " + file.toAbsolutePath(), e);
                }
                String link = mail.values().getOrDefault("link", "");
                LOG.info(() -> "No SMTP server is configured: " + mail.getTemplate() + " mail " + mail.getId()
                        + " written to " + file.toAbsolutePath() + (link.isEmpty() ? "" : "; its link: " + link));
            }

            @Override
            public void close() {}
        };
    }
}
