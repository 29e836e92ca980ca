package se.battrebemotande.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The account features any site with a login has, in a real browser and with the mail that really
 * arrives (GreenMail): confirming the address from the mail, registering with an address that has an
 * account, a forgotten password, and changing name, password and e-mail address from "Mitt konto";
 * bad input on each form, axe-core and screenshots in Swedish and English.
 */
@ExtendWith({ArquillianExtension.class, ScreenshotOnFailure.class})
@RunAsClient
class AccountBrowserIT implements ScreenshotOnFailure.HasBrowser {
    static final String PASSWORD = "ett långt lösenord";
    private static final Duration MAIL_WAIT = Duration.ofSeconds(30);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war().addClasses(CourseWork.class, CourseWorkServlet.class, TestClock.class);
    }

    @ArquillianResource
    URL base;

    Browser b;
    Browser other;

    @BeforeAll
    static void startMail() {
        TestMail.server();
    }

    @Override
    public Browser browser() {
        return b;
    }

    @AfterEach
    void close() {
        if (b != null) {
            b.close();
        }
        if (other != null) {
            other.close();
        }
    }

    private static String unique(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.se";
    }

    private static MimeMessage mail(String to, int count, String subject) {
        List<MimeMessage> mails = TestMail.to(to, count, MAIL_WAIT);
        assertEquals(count, mails.size(), "mails to " + to);
        MimeMessage last = mails.get(count - 1);
        try {
            assertTrue(last.getSubject().contains(subject), last.getSubject());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
        return last;
    }

    /** A mailed link's path, opened at the address the test reaches the server by. */
    private static String pathOf(String link) {
        return URI.create(link).getRawPath();
    }

    private void both(String page) {
        b.assertAccessible(page);
        b.screenshot(page.replace(' ', '-'));
    }

    private void inEnglish(String path, String page) {
        b.go(path + (path.contains("?") ? "&" : "?") + "lang=en");
        b.assertAccessible(page + " in English");
        b.screenshot(page.replace(' ', '-') + "-en");
        b.go(path + (path.contains("?") ? "&" : "?") + "lang=sv");
    }

    @Test
    void aNewLearnerConfirmsTheAddressFromTheMailAndTheReminderGoes() {
        b = Browser.open(base);
        String email = unique("bekrafta");
        b.register("Bo Bekräftare", email, PASSWORD);
        b.waitForPath("/course");
        assertTrue(b.text("#confirm-banner").contains("Bekräfta din e-postadress"));
        both("course with the reminder to confirm");

        MimeMessage confirm = mail(email, 1, "Bekräfta din e-postadress");
        assertTrue(TestMail.text(confirm).contains("Hej Bo Bekräftare!"));
        String link = TestMail.link(confirm, "/email/confirm/");
        b.go(pathOf(link));
        assertEquals("Din e-postadress är bekräftad", b.text("h1"));
        both("address confirmed");
        b.go("/course");
        assertTrue(b.all("#confirm-banner").isEmpty(), "no reminder once confirmed");
        b.go("/account");
        assertEquals("Bekräftad", b.text("#email-status"));

        b.go(pathOf(link));
        assertEquals("Länken fungerar inte", b.text("h1"), "a link works once");

        Web stranger = new Web(base);
        HttpResponse<String> again = stranger.submit(
                "/register", "register", "submit", Map.of("name", "Någon Annan", "email", email, "password", PASSWORD));
        assertEquals(302, again.statusCode());
        MimeMessage tried = mail(email, 2, "Någon försökte skapa ett konto");
        assertTrue(TestMail.text(tried).contains("/password/forgot"), "with a way to a new password");
    }

    @Test
    void aForgottenPasswordIsReplacedThroughASingleUseLink() {
        b = Browser.open(base);
        String email = unique("glomsk");
        b.register("Gun Glömsk", email, PASSWORD);
        b.waitForPath("/course");
        b.find(".site-nav button.link-button").click();
        b.await(20).until(d -> b.path().startsWith("/?loggedOut"));

        b.go("/login");
        b.clickAndLoad("#forgot");
        b.waitForPath("/password/forgot");
        both("forgot password");
        inEnglish("/password/forgot", "forgot password");
        b.find("#forgot\\:email").sendKeys("inte en adress");
        b.clickAndLoad("#forgot\\:submit");
        assertTrue(b.text("#email-error").contains("giltig e-postadress"));
        b.find("#forgot\\:email").clear();
        b.find("#forgot\\:email").sendKeys(email.toUpperCase());
        b.clickAndLoad("#forgot\\:submit");
        String said = b.text("main");
        assertTrue(said.contains("Om det finns ett konto med den adressen"), said);
        both("forgot password sent");

        b.go("/password/forgot");
        b.find("#forgot\\:email").sendKeys(unique("finns-inte"));
        b.clickAndLoad("#forgot\\:submit");
        assertEquals(said, b.text("main"), "an unknown address gets the same answer");

        MimeMessage reset = mail(email, 2, "Välj ett nytt lösenord");
        String link = TestMail.link(reset, "/password/reset/");
        b.go(pathOf(link));
        assertEquals("Välj ett nytt lösenord", b.text("h1"));
        both("choose a new password");
        b.find("#reset\\:password").sendKeys("aaaaaaaaaaaa");
        b.clickAndLoad("#reset\\:submit");
        assertTrue(b.text("#password-error").contains("för lätt att gissa"));
        b.find("#reset\\:password").sendKeys("ett helt nytt lösenord");
        b.clickAndLoad("#reset\\:submit");
        b.waitForPath("/login");
        assertTrue(b.text("main").contains("Ditt nya lösenord är sparat"));
        mail(email, 3, "Ditt lösenord för Bättre bemötande har ändrats");

        b.signIn(email, PASSWORD);
        assertTrue(b.path().startsWith("/login"), "the old password no longer works");
        b.signIn(email, "ett helt nytt lösenord");
        b.waitForPath("/course");
        assertTrue(b.all("#confirm-banner").isEmpty(), "a reset through the mail confirms the address");

        b.go(pathOf(link));
        assertEquals("Länken fungerar inte längre", b.text("h1"));
        both("reset link used");
    }

    @Test
    void aLearnerChangesNamePasswordAndAddressFromMyAccount() {
        b = Browser.open(base);
        String email = unique("andra");
        b.register("Ada Ändrare", email, PASSWORD);
        b.waitForPath("/course");
        other = Browser.open(base);
        other.signIn(email, PASSWORD);
        other.waitForPath("/course");

        b.go("/account");
        both("my account");
        inEnglish("/account", "my account");

        b.find("#rename\\:name").clear();
        b.clickAndLoad("#rename\\:submit");
        assertTrue(b.text("#name-error").contains("Skriv ditt namn"));
        b.find("#rename\\:name").sendKeys("Ada Ändrad-Nilsson");
        b.clickAndLoad("#rename\\:submit");
        assertTrue(b.text("main").contains("Ditt namn är nu Ada Ändrad-Nilsson."));

        b.go("/diplomas");
        assertTrue(b.all("#reissue-heading").isEmpty(), "nothing to reissue before the course is done");
        HttpResponse<String> done = new Web(base)
                .postForm("/test-support/complete-course", Map.of("email", email), "Cookie", b.cookieHeader());
        assertEquals("4", done.body().strip());
        b.go("/account");
        b.find("#rename\\:name").clear();
        b.find("#rename\\:name").sendKeys("Ada Nilsson");
        b.clickAndLoad("#rename\\:submit");
        b.go("/diplomas");
        assertTrue(b.text(".reissue-offer").contains("Ada Ändrad-Nilsson"), "the old name is named");
        both("diplomas under an old name");
        String oldCode = b.text(".document .code");
        b.clickAndLoad("#reissue\\:submit");
        assertTrue(b.text("main").contains("4 dokument har utfärdats på nytt med namnet Ada Nilsson"));
        assertTrue(b.all("#reissue-heading").isEmpty());
        b.go("/verify/" + oldCode);
        assertTrue(b.text("main").contains("ersatt"), "the old code says it was replaced");
        b.go("/account");

        b.find("#password\\:currentPassword").sendKeys("fel lösenord här");
        b.find("#password\\:newPassword").sendKeys("ett nytt fint lösenord");
        b.clickAndLoad("#password\\:submit");
        assertTrue(b.text("#currentPassword-error").contains("Lösenordet stämmer inte"));
        b.find("#password\\:currentPassword").sendKeys(PASSWORD);
        b.find("#password\\:newPassword").sendKeys("ett nytt fint lösenord");
        b.clickAndLoad("#password\\:submit");
        assertTrue(b.text("main").contains("Ditt lösenord är bytt"));
        other.go("/course");
        assertTrue(other.path().startsWith("/login"), "the other computer was signed out");
        b.go("/course");
        assertEquals("/course", b.path(), "this one stays signed in");

        String newEmail = unique("ny-adress");
        b.go("/account");
        b.find("#email\\:newEmail").sendKeys(newEmail);
        b.find("#email\\:emailPassword").sendKeys("ett nytt fint lösenord");
        b.clickAndLoad("#email\\:submit");
        assertTrue(b.text("main").contains("Vi har skickat en länk till " + newEmail));
        assertTrue(b.text("main").contains(email), "the old address holds until the new one confirms");
        MimeMessage change = mail(newEmail, 1, "Bekräfta din nya e-postadress");
        b.go(pathOf(TestMail.link(change, "/email/confirm/")));
        assertEquals("Din nya e-postadress gäller nu", b.text("h1"));
        both("new address in use");
        MimeMessage told = mail(email, 3, "har bytts");
        assertTrue(TestMail.text(told).contains(newEmail));

        b.find(".site-nav button.link-button").click();
        b.await(20).until(d -> b.path().startsWith("/?loggedOut"));
        b.signIn(newEmail, "ett nytt fint lösenord");
        b.waitForPath("/course");
        b.go("/account");
        assertTrue(b.text("main").contains("Ada Nilsson"));
        assertFalse(b.text("main").contains(email + " "), "the old address is gone");
    }

    @Test
    void aLearnerDownloadsEverythingStoredAndDeletesTheAccount() throws Exception {
        b = Browser.open(base);
        String email = unique("radera");
        b.register("Rut Raderad", email, PASSWORD);
        b.waitForPath("/course");
        HttpResponse<String> done = new Web(base)
                .postForm("/test-support/complete-course", Map.of("email", email), "Cookie", b.cookieHeader());
        assertEquals("4", done.body().strip(), "three certificates and the diploma");

        b.go("/privacy");
        assertTrue(b.text("h1").contains("personuppgifter"));
        both("privacy notice");
        inEnglish("/privacy", "privacy notice");

        HttpResponse<String> data = new Web(base).get("/account/data", "Cookie", b.cookieHeader());
        assertEquals(200, data.statusCode());
        assertTrue(data.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
        JsonObject mine = Json.createReader(new StringReader(data.body())).readObject();
        assertEquals("Rut Raderad", mine.getJsonObject("account").getString("name"));
        assertEquals(email, mine.getJsonObject("account").getString("email"));
        assertEquals(12, mine.getJsonArray("courseProgress").size(), "every step");
        assertEquals(12, mine.getJsonArray("filmDelivered").size(), "what was sent of every film");
        assertEquals(
                "Introduktion",
                mine.getJsonArray("courseProgress").getJsonObject(0).getString("part"));
        JsonObject attempt = mine.getJsonArray("testAttempts").getJsonObject(0);
        assertFalse(attempt.getJsonArray("questions").isEmpty());
        assertFalse(
                attempt.getJsonArray("questions")
                        .getJsonObject(0)
                        .getJsonArray("choicesTicked")
                        .isEmpty(),
                "the answers given, by their text");
        assertEquals(4, mine.getJsonArray("diplomas").size());
        String code = mine.getJsonArray("diplomas").getJsonObject(3).getString("verificationCode");
        assertEquals(302, new Web(base).get("/account/data").statusCode(), "not without signing in");

        b.go("/account");
        b.find("#delete\\:deletePassword").sendKeys("fel lösenord här");
        b.clickAndLoad("#delete\\:submit");
        assertTrue(b.text("#deletePassword-error").contains("Lösenordet stämmer inte"));
        b.go("/verify/" + code);
        assertTrue(b.text("main").contains("Rut Raderad"), "nothing was deleted yet");

        b.go("/account");
        b.find("#delete\\:deletePassword").sendKeys(PASSWORD);
        b.clickAndLoad("#delete\\:submit");
        b.waitForPath("/account-deleted");
        both("account deleted");
        b.go("/course");
        assertTrue(b.path().startsWith("/login"), "signed out");
        b.signIn(email, PASSWORD);
        assertTrue(b.path().startsWith("/login"), "the account is gone");

        b.go("/verify/" + code);
        String verdict = b.text("main");
        assertTrue(verdict.contains("på innehavarens begäran"), verdict);
        assertFalse(verdict.contains("Rut Raderad"), "the name is erased");
        both("diploma revoked at the holder's request");

        b.register("Rut Igen", email, PASSWORD);
        b.waitForPath("/course");
        assertTrue(b.text(".lead").contains("Rut Igen"), "the address is free for a new account");
    }

    @Test
    void everyAccountPagePassesAxeInSwedishAndEnglish() {
        b = Browser.open(base);
        List<String> visitorPages = List.of(
                "/registered",
                "/password/forgot",
                "/password/reset/ingen-sadan-lank",
                "/email/confirm/ingen-sadan-lank",
                "/account-deleted",
                "/privacy");
        for (String language : List.of("sv", "en")) {
            for (String page : visitorPages) {
                b.go(page + "?lang=" + language);
                b.assertAccessible(page + " (" + language + ")");
            }
        }
        b.register("Axel Axe", unique("axe"), PASSWORD);
        b.waitForPath("/course");
        for (String language : List.of("sv", "en")) {
            for (String page : List.of("/logout", "/account", "/diplomas", "/course")) {
                b.go(page + "?lang=" + language);
                b.assertAccessible(page + " signed in (" + language + ")");
            }
        }
        b.go("/logout?lang=sv");
        b.screenshot("logout-asks");
    }
}
