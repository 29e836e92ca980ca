package se.battrebemotande.mail;

import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Sends through the configured SMTP server, reusing one connection for a whole batch. */
final class SmtpSender implements MailSender {
    private static final Logger LOG = Logger.getLogger(SmtpSender.class.getName());

    private final Session session;
    private final MailSettings settings;

    SmtpSender(MailSettings settings) {
        this.settings = settings;
        Authenticator authenticator = settings.user().isEmpty()
                ? null
                : new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(
                                settings.user().orElseThrow(),
                                settings.password().orElse(""));
                    }
                };
        this.session = Session.getInstance(settings.smtpProperties(), authenticator);
    }

    @Override
    public Session session() {
        return session;
    }

    @Override
    public Connection open() throws MessagingException {
        Transport transport = session.getTransport();
        if (settings.user().isPresent()) {
            transport.connect(settings.user().get(), settings.password().orElse(""));
        } else {
            transport.connect();
        }
        return new Connection() {
            @Override
            public void send(Mail mail, MimeMessage message) throws MessagingException {
                transport.sendMessage(message, message.getAllRecipients());
            }

            @Override
            public void close() {
                try {
                    transport.close();
                } catch (MessagingException e) {
                    LOG.log(Level.FINE, "Closing the SMTP connection failed", e);
                }
            }
        };
    }
}
