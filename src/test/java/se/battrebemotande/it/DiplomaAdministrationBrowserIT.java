package se.battrebemotande.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Diplomas in the administration, in a real browser: a learner earns the course diploma and its
 * certificates, the administrator finds them, revokes a certificate with a reason (the verification
 * page then says revoked, with the date and never the reason) and reissues the diploma after a name
 * correction (the old code then says replaced and links the new one); the learner's own page shows
 * both, and the PDF of the revoked certificate says it is not valid. Axe-core and screenshots on
 * every page in Swedish and English; a second administrator session revokes with the keyboard alone.
 */
@ExtendWith({ArquillianExtension.class, ScreenshotOnFailure.class})
@RunAsClient
class DiplomaAdministrationBrowserIT implements ScreenshotOnFailure.HasBrowser {
    static final String PASSWORD = "ett långt lösenord";
    static final String REASON = "Intyget utfärdades av misstag till fel person";
    static final String DATE = "\\d{1,2} [a-zåäö]+ \\d{4}";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war().addClasses(CourseWork.class, CourseWorkServlet.class, TestClock.class);
    }

    @ArquillianResource
    URL base;

    Browser admin;
    Browser learner;
    Browser current;

    @Override
    public Browser browser() {
        return current;
    }

    @AfterEach
    void closeBrowsers() {
        for (Browser b : new Browser[] {admin, learner}) {
            if (b != null) {
                b.close();
            }
        }
    }

    private Browser use(Browser b) {
        current = b;
        return b;
    }

    private static void both(Browser b, String page) {
        b.assertAccessible(page);
        b.screenshot(page.replace(' ', '-'));
    }

    /** A new learner who has completed the whole course; returns their e-mail address. */
    private String learnerWithDiploma(Browser b, String name) {
        String email = "diplom-" + UUID.randomUUID().toString().substring(0, 8) + "@example.se";
        b.register(name, email, PASSWORD);
        b.waitForPath("/course");
        HttpResponse<String> done = new Web(base)
                .postForm("/test-support/complete-course", Map.of("email", email), "Cookie", b.cookieHeader());
        assertEquals(200, done.statusCode(), done.body());
        assertEquals("4", done.body().strip(), "three certificates and the diploma");
        return email;
    }

    private Map<String, String> codesByDocument(Browser b) {
        return b.all(".diploma-table tbody tr").stream()
                .collect(Collectors.toMap(
                        row -> row.findElement(By.cssSelector("td:nth-child(3)"))
                                .getText(),
                        row -> row.findElement(By.cssSelector("td:nth-child(1)"))
                                .getText()));
    }

    @Test
    void anAdministratorRevokesACertificateAndReissuesADiplomaForACorrectedName() throws Exception {
        learner = use(Browser.open(base));
        String unique = UUID.randomUUID().toString().substring(0, 5);
        String wrongName = "Nora Namnfel" + unique;
        String email = learnerWithDiploma(learner, wrongName);

        admin = use(Browser.open(base));
        admin.signInAsAdministrator();
        admin.go("/admin/users");
        admin.clickAndLoad("nav.tabs a[href$='/admin/diplomas']");
        assertEquals("/admin/diplomas", admin.path());
        assertEquals("Diplom och intyg", admin.text("h1"));
        both(admin, "admin diplomas");

        admin.find("#q").sendKeys(wrongName.toLowerCase());
        admin.clickAndLoad("form[role=search] button[type=submit]");
        Map<String, String> codes = codesByDocument(admin);
        assertEquals(4, codes.size(), codes.toString());
        assertTrue(admin.text(".diploma-table").contains("Giltigt"));
        String diploma = codes.get("Utbildningsdiplom");
        String certificate = codes.entrySet().stream()
                .filter(e -> e.getKey().startsWith("Intyg"))
                .findFirst()
                .orElseThrow()
                .getValue();
        both(admin, "admin diplomas found");

        admin.go("/admin/diplomas?q=" + email);
        assertEquals(4, admin.all(".diploma-table tbody tr").size(), "found by e-mail address");

        // Revoke a certificate: a reason is required, and shown to administrators only.
        admin.clickAndLoad(".diploma-table a[href$='/admin/diplomas/" + certificate + "']");
        assertEquals("/admin/diplomas/" + certificate, admin.path());
        assertTrue(admin.text(".diploma-admin").contains("Giltigt"));
        assertTrue(
                admin.find(".diploma-admin a[href*='/admin/users/']").getText().contains(wrongName),
                "the holder's account is linked");
        both(admin, "admin certificate");
        admin.clickAndLoad("#revoke\\:submit");
        assertTrue(admin.text("#reason-error").contains("Skriv varför dokumentet återkallas"), admin.text("main"));
        assertEquals("true", admin.find("#revoke\\:reason").getAttribute("aria-invalid"));
        assertTrue(admin.text(".diploma-admin").contains("Giltigt"), "nothing changed");
        both(admin, "admin certificate reason missing");
        admin.find("#revoke\\:reason").sendKeys(REASON);
        admin.clickAndLoad("#revoke\\:submit");
        assertEquals("/admin/diplomas/" + certificate, admin.path());
        assertTrue(admin.text(".messages").contains("Dokumentet är återkallat"), admin.text("main"));
        assertTrue(admin.text(".diploma-admin").contains("Återkallat"));
        assertTrue(admin.text(".diploma-admin").contains(REASON), "administrators see the reason");
        assertTrue(admin.all("#revoke\\:submit").isEmpty(), "a revoked document offers no more changes");
        assertTrue(admin.text(".history").contains("Diplom återkallat"), admin.text(".history"));
        both(admin, "admin certificate revoked");

        use(learner).go("/verify/" + certificate);
        assertTrue(learner.text("#verdict").contains("Intyget är återkallat"), learner.text("#verdict"));
        assertTrue(
                learner.text(".verdict-detail").matches("Återkallat " + DATE + "\\."), learner.text(".verdict-detail"));
        assertFalse(learner.text("main").contains(REASON), "never the reason");
        assertFalse(learner.driver.getPageSource().contains("misstag"), "not even hidden");
        both(learner, "verify revoked");

        // Reissue the diploma: the name must change; the account is corrected too.
        use(admin).go("/admin/diplomas/" + diploma);
        assertEquals(wrongName, admin.find("#reissue\\:name").getAttribute("value"));
        admin.clickAndLoad("#reissue\\:submit");
        assertTrue(admin.text("#name-error").contains("Namnet är detsamma"), admin.text("main"));
        both(admin, "admin diploma same name");
        String rightName = "Nora Namnrätt" + unique;
        admin.find("#reissue\\:name").clear();
        admin.find("#reissue\\:name").sendKeys(rightName);
        admin.clickAndLoad("#reissue\\:submit");
        assertTrue(admin.path().matches("/admin/diplomas/[0-9A-Z-]{17}"), admin.path());
        String reissued = admin.path().substring("/admin/diplomas/".length());
        assertFalse(reissued.equals(diploma), "a new code");
        assertTrue(admin.text(".messages").contains(reissued)
                && admin.text(".messages").contains(diploma));
        assertTrue(admin.text(".diploma-admin").contains(rightName));
        List<WebElement> line = admin.all(".lineage li");
        assertEquals(2, line.size());
        assertTrue(
                line.get(0).getText().contains(diploma) && line.get(0).getText().contains("Ersatt"));
        assertTrue(line.get(1).getText().contains(reissued)
                && line.get(1).getText().contains("Giltigt"));
        both(admin, "admin diploma reissued");
        admin.clickAndLoad(".lineage a[href$='/admin/diplomas/" + diploma + "']");
        assertTrue(admin.text(".diploma-admin").contains("Ersatt"));
        assertEquals(reissued, admin.text(".diploma-admin p a.code"));
        both(admin, "admin diploma replaced");
        admin.go("/admin/users?q=" + email);
        assertTrue(admin.text(".member-table").contains(rightName), "the account has the corrected name");

        use(learner).go("/verify/" + diploma);
        assertTrue(learner.text("#verdict").contains("Diplomet är ersatt"), learner.text("#verdict"));
        assertTrue(
                learner.text(".verdict-detail").matches("(?s)Ersatt " + DATE + "\\..*"),
                learner.text(".verdict-detail"));
        assertEquals(reissued, learner.text("#replacement .code"));
        both(learner, "verify replaced");
        learner.clickAndLoad("#replacement");
        assertEquals("/verify/" + reissued, learner.path());
        assertEquals("Giltigt diplom", learner.text("#verdict"));
        assertTrue(learner.text(".facts").contains(rightName));

        // The learner's own page: the valid documents, and the revoked and replaced ones marked.
        learner.go("/diplomas");
        List<String> valid = learner.all(".document:not(.not-valid) .code").stream()
                .map(WebElement::getText)
                .toList();
        assertEquals(3, valid.size(), valid.toString());
        assertTrue(valid.contains(reissued) && !valid.contains(certificate) && !valid.contains(diploma));
        String former = learner.text("#former-documents");
        assertEquals(2, learner.all(".document.not-valid").size());
        assertTrue(former.contains("Återkallat") && former.contains(certificate), former);
        assertTrue(former.contains("Ersatt") && former.contains(diploma) && former.contains(reissued), former);
        assertFalse(learner.text("main").contains(REASON), "the learner is not shown the private reason");
        both(learner, "my diplomas revoked and replaced");

        HttpResponse<byte[]> pdf =
                new Web(base).getBytes("/diplomas/pdf/" + certificate + ".pdf", "Cookie", learner.cookieHeader());
        assertEquals(200, pdf.statusCode());
        Files.write(
                Path.of(System.getProperty("screenshots.dir", "target/screenshots"), "certificate-revoked.pdf"),
                pdf.body());
        String text = new PdfTextExtractor(new PdfReader(pdf.body())).getTextFromPage(1);
        assertTrue(text.contains("ÅTERKALLAT – GÄLLER INTE") && text.contains("REVOKED – NOT VALID"), text);
        assertFalse(text.contains("misstag"), text);

        use(admin).go("/admin/audit?subject=" + certificate);
        assertTrue(admin.text(".member-table").contains("Diplom återkallat"), admin.text(".member-table"));

        inEnglish(certificate, diploma, reissued);
    }

    /** The same pages in English, for the administrator and the learner. */
    private void inEnglish(String revoked, String replaced, String reissued) {
        use(admin).go("/admin/diplomas");
        admin.find(".lang-switch").click();
        admin.await(10).until(d -> "en".equals(admin.find("html").getAttribute("lang")));
        assertEquals("Diplomas and certificates", admin.text("h1"));
        both(admin, "admin diplomas en");
        admin.go("/admin/diplomas?state=REVOKED&q=" + revoked);
        assertEquals(1, admin.all(".diploma-table tbody tr").size());
        assertTrue(admin.text(".diploma-table").contains("Revoked"));
        admin.go("/admin/diplomas/" + revoked);
        assertTrue(admin.text(".diploma-admin").contains("Revoked"));
        both(admin, "admin certificate revoked en");
        admin.go("/admin/diplomas/" + replaced);
        assertTrue(admin.text(".diploma-admin").contains("Replaced"));
        both(admin, "admin diploma replaced en");
        admin.go("/admin/diplomas/" + reissued);
        assertTrue(admin.text("#reissue-heading").contains("Issue again"));
        both(admin, "admin diploma en");
        admin.clickAndLoad("#revoke\\:submit");
        assertTrue(admin.text("#reason-error").contains("Write why"), admin.text("#reason-error"));
        admin.assertAccessible("admin diploma error en");

        use(learner).go("/diplomas");
        learner.find(".lang-switch").click();
        learner.await(10).until(d -> "en".equals(learner.find("html").getAttribute("lang")));
        assertTrue(learner.text("main").contains("Revoked and replaced"));
        both(learner, "my diplomas en");
        learner.go("/verify/" + revoked);
        assertTrue(learner.text("#verdict").contains("certificate has been revoked"), learner.text("#verdict"));
        assertTrue(
                learner.text(".verdict-detail")
                        .matches("Revoked [A-Z][a-z]+ \\d{1,2}, \\d{4}\\.|Revoked \\d{1,2} [A-Z][a-z]+ \\d{4}\\."),
                learner.text(".verdict-detail"));
        both(learner, "verify revoked en");
        learner.go("/verify/" + replaced);
        assertTrue(learner.text("#verdict").contains("replaced by a new one"), learner.text("#verdict"));
        both(learner, "verify replaced en");
    }

    @Test
    void anAdministratorFindsAndRevokesWithTheKeyboardAlone() {
        learner = use(Browser.open(base));
        String name = "Tangent Intyg" + UUID.randomUUID().toString().substring(0, 5);
        learnerWithDiploma(learner, name);
        learner.go("/diplomas");
        String code = learner.text(".document .code");

        admin = use(Browser.open(base));
        admin.signInAsAdministrator();
        admin.go("/admin/users");
        Actions keys = new Actions(admin.driver);
        tabTo(admin, "nav.tabs a[href$='/admin/diplomas']");
        keys.sendKeys(Keys.ENTER).perform();
        admin.waitForPath("/admin/diplomas");
        tabTo(admin, "#q");
        keys.sendKeys(code.toLowerCase()).sendKeys(Keys.ENTER).perform();
        admin.await(20).until(d -> admin.path().startsWith("/admin/diplomas?q="));
        tabTo(admin, ".diploma-table a[href$='/admin/diplomas/" + code + "']");
        keys.sendKeys(Keys.ENTER).perform();
        admin.waitForPath("/admin/diplomas/" + code);
        tabTo(admin, "#revoke\\:reason");
        keys.sendKeys("Återkallat med tangentbordet").sendKeys(Keys.TAB).perform();
        assertEquals(admin.find("#revoke\\:submit"), admin.driver.switchTo().activeElement(), "the button is next");
        admin.screenshot("keyboard-revoke-focus");
        keys.sendKeys(Keys.ENTER).perform();
        admin.await(20)
                .until(d -> !admin.all(".messages").isEmpty()
                        && admin.text(".messages").contains("återkallat"));
        assertTrue(admin.text(".diploma-admin").contains("Återkallat"));

        use(learner).go("/verify/" + code);
        assertTrue(learner.text("#verdict").contains("återkallat"), learner.text("#verdict"));
    }

    /** Presses Tab until the element matching {@code css} has focus, as a keyboard user would. */
    private static void tabTo(Browser b, String css) {
        WebElement target = b.find(css);
        Actions keys = new Actions(b.driver);
        for (int i = 0; i < 80; i++) {
            if (target.equals(b.driver.switchTo().activeElement())) {
                return;
            }
            keys.sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Could not reach " + css + " with the Tab key");
    }
}
