package se.battrebemotande.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server in the test JVM (GreenMail), where the server under test sends its mail
 * ({@code MAIL_SMTP_HOST}/{@code MAIL_SMTP_PORT} in the pom). Tests read what arrived and follow the
 * links in it, as a person would.
 */
public final class TestMail {
    public static final int PORT = Integer.getInteger("it.smtp.port", 3925);
    private static GreenMail server;

    private TestMail() {}

    public static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
        return server;
    }

    /** The messages sent to an address, waiting up to {@code timeout} for at least {@code count}. */
    public static List<MimeMessage> to(String address, int count, Duration timeout) {
        Instant end = Instant.now().plus(timeout);
        while (true) {
            List<MimeMessage> found = Arrays.stream(server().getReceivedMessages())
                    .filter(m -> recipient(m).equalsIgnoreCase(address))
                    .toList();
            if (found.size() >= count || Instant.now().isAfter(end)) {
                return found;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return found;
            }
        }
    }

    /** The plain-text part of a message. */
    public static String text(MimeMessage message) {
        try {
            Multipart parts = (Multipart) message.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    return (String) part.getContent();
                }
            }
            throw new AssertionError("No text part");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first link in the message's text that contains {@code path}. */
    public static String link(MimeMessage message, String path) {
        Matcher m =
                Pattern.compile("https?://\\S*" + Pattern.quote(path) + "\\S*").matcher(text(message));
        if (!m.find()) {
            throw new AssertionError("No link with " + path + " in:\n" + text(message));
        }
        return m.group();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (Exception e) {
            return "";
        }
    }
}
