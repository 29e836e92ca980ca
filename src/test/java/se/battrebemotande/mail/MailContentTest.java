package se.battrebemotande.mail;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MailContentTest {
    private static final Map<String, String> INVITATION = Map.of(
            "name", "Åsa <b>Öberg</b>",
            "organisation", "Kiruna & Co",
            "link", "https://kurs.example.se/invitation/abc?x=1&y=2",
            "expires", "14 december 2026");

    @Test
    void anInvitationIsInTheRecipientsLanguageWithItsLinkAndExpiry() {
        MailContent sv = MailContent.of(MailTemplate.INVITATION, Locale.forLanguageTag("sv"), INVITATION);
        assertTrue(sv.subject().startsWith("Kiruna & Co bjuder in dig"), sv.subject());
        assertTrue(sv.text().contains("https://kurs.example.se/invitation/abc?x=1&y=2"));
        assertTrue(sv.text().contains("14 december 2026"));
        assertTrue(sv.text().contains("aldrig dina svar på proven"));
        MailContent en = MailContent.of(MailTemplate.INVITATION, Locale.ENGLISH, INVITATION);
        assertTrue(en.subject().contains("invites you"), en.subject());
        assertTrue(en.html().contains("lang=\"en\""));
    }

    @Test
    void valuesAreEscapedInTheHtmlPart() {
        MailContent mail = MailContent.of(MailTemplate.INVITATION, Locale.ENGLISH, INVITATION);
        assertFalse(mail.html().contains("<b>Öberg</b>"), "a name never becomes markup");
        assertTrue(mail.html().contains("Åsa &lt;b&gt;Öberg&lt;/b&gt;"));
        assertTrue(mail.html().contains("href=\"https://kurs.example.se/invitation/abc?x=1&amp;y=2\""));
        assertTrue(mail.html().contains("Kiruna &amp; Co"));
    }

    @Test
    void everyPlaceholderIsFilledInEveryLanguage() {
        Map<String, String> reminder =
                Map.of("name", "", "organisation", "X", "link", "https://x/course", "done", "3", "total", "12");
        for (Locale language : new Locale[] {Locale.forLanguageTag("sv"), Locale.ENGLISH}) {
            for (MailContent mail : new MailContent[] {
                MailContent.of(MailTemplate.INVITATION, language, INVITATION),
                MailContent.of(MailTemplate.REMINDER, language, reminder)
            }) {
                assertFalse((mail.subject() + mail.text() + mail.html()).matches("(?s).*\\{[a-zA-Z]+}.*"), mail.text());
            }
        }
        assertTrue(MailContent.of(MailTemplate.REMINDER, Locale.ENGLISH, reminder)
                .text()
                .startsWith("Hello,"));
    }

    @Test
    void aFailedMailIsTriedAgainLaterAndGivenUpAfterTheLastAttempt() {
        Instant now = Instant.parse("2026-11-30T10:00:00Z");
        Mail mail = new Mail("a@x.se", Locale.ENGLISH, MailTemplate.REMINDER, Map.of(), now);
        mail.failed("refused", now, 3);
        assertTrue(mail.getStatus() == MailStatus.PENDING
                && mail.getNextAttemptAt().isAfter(now));
        mail.failed("refused", now, 3);
        mail.failed("refused again", now, 3);
        assertTrue(mail.getStatus() == MailStatus.FAILED);
        assertTrue(mail.getLastError().equals("refused again"));
        mail.retry(Map.of("link", "new"), now);
        assertTrue(mail.getStatus() == MailStatus.PENDING && mail.getAttempts() == 0);
        assertTrue(mail.values().get("link").equals("new"), "sent again with fresh values");
    }
}
