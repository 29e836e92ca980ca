package se.battrebemotande.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** Where mail goes: an SMTP server ({@link SmtpSender}) or, with none configured, a folder ({@link FolderSender}). */
sealed interface MailSender permits SmtpSender, FolderSender {

    /** The Jakarta Mail session messages are built in. */
    Session session();

    /** Opens a connection that sends many messages, one after another. */
    Connection open() throws MessagingException;

    interface Connection extends AutoCloseable {
        void send(Mail mail, MimeMessage message) throws MessagingException;

        @Override
        void close();
    }
}
