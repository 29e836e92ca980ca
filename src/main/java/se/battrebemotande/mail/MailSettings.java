package se.battrebemotande.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How mail leaves the site, from MicroProfile Config (README, "E-mail"). Without {@code mail.smtp.host}
 * every mail is written to {@code mail.outbox.dir} instead, so a local trial works end to end.
 */
@ApplicationScoped
public class MailSettings {
    /** How the connection to the SMTP server is protected. */
    public enum Security {
        /** Plain connection upgraded with STARTTLS, which must succeed (port 587). */
        STARTTLS,
        /** TLS from the first byte (port 465). */
        TLS,
        /** No encryption: only for a server on the same machine or a test server. */
        NONE
    }

    @Inject
    @ConfigProperty(name = "mail.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "mail.smtp.port", defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = "mail.smtp.security", defaultValue = "starttls")
    String security;

    @Inject
    @ConfigProperty(name = "mail.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "mail.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "mail.from", defaultValue = "Bättre bemötande <no-reply@localhost>")
    String from;

    @Inject
    @ConfigProperty(name = "mail.outbox.dir", defaultValue = "data/mail")
    String outboxDir;

    @Inject
    @ConfigProperty(name = "mail.max-attempts", defaultValue = "8")
    int maxAttempts;

    public boolean isSmtp() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    public Security security() {
        return Security.valueOf(security.strip().toUpperCase(Locale.ROOT));
    }

    public Optional<String> user() {
        return user.filter(u -> !u.isBlank());
    }

    public Optional<String> password() {
        return password.filter(p -> !p.isEmpty());
    }

    public String from() {
        return from;
    }

    public Path outboxDir() {
        return Path.of(outboxDir);
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    /** The Jakarta Mail session properties for the configured server. */
    public Properties smtpProperties() {
        Properties p = new Properties();
        boolean tls = security() == Security.TLS;
        String protocol = tls ? "smtps" : "smtp";
        p.setProperty("mail.transport.protocol", protocol);
        p.setProperty("mail." + protocol + ".host", host.orElseThrow());
        p.setProperty("mail." + protocol + ".port", String.valueOf(port));
        p.setProperty("mail." + protocol + ".auth", String.valueOf(user().isPresent()));
        p.setProperty("mail." + protocol + ".connectiontimeout", "10000");
        p.setProperty("mail." + protocol + ".timeout", "30000");
        p.setProperty("mail." + protocol + ".writetimeout", "30000");
        if (security() == Security.STARTTLS) {
            p.setProperty("mail.smtp.starttls.enable", "true");
            p.setProperty("mail.smtp.starttls.required", "true");
        }
        if (security() != Security.NONE) {
            p.setProperty("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        return p;
    }
}
