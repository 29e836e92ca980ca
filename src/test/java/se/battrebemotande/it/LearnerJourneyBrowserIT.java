package se.battrebemotande.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import se.battrebemotande.course.pkg.CoursePackage.PartSpec;
import se.battrebemotande.course.pkg.CoursePackage.StepSpec;

/**
 * A new learner's whole journey in a real browser: register, watch a film, fail a test, retake and
 * pass it, finish a part, download the certificate and verify it, with screenshots of every page
 * and axe-core on every page in Swedish and English. A second learner does it with the keyboard only.
 */
@ExtendWith({ArquillianExtension.class, ScreenshotOnFailure.class})
@RunAsClient
class LearnerJourneyBrowserIT implements ScreenshotOnFailure.HasBrowser {
    static final String PASSWORD = "ett långt lösenord";
    static final CourseAnswers ANSWERS = new CourseAnswers();
    /** The part quickest to complete, so the journey stays short as the course grows. */
    static final PartSpec PART = CourseAnswers.COURSE.parts().stream()
            .min(Comparator.comparingDouble(p -> p.steps().stream()
                    .mapToDouble(s -> s.film().durationSeconds())
                    .sum()))
            .orElseThrow();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    Browser b;

    @Override
    public Browser browser() {
        return b;
    }

    @BeforeEach
    void openBrowser() {
        b = Browser.open(base);
    }

    @AfterEach
    void closeBrowser() {
        if (b != null) {
            b.close();
        }
    }

    @Test
    void aNewLearnerCompletesAPartAndVerifiesTheCertificate() throws IOException {
        b.go("/");
        assertEquals("sv", b.find("html").getAttribute("lang"));
        assertTrue(b.text("h1").contains("Bättre bemötande"));
        assertEquals(3, b.all(".part-card").size());
        b.assertAccessible("start page");
        b.screenshot("start");

        b.find(".hero a[href$='/register']").click();
        b.waitForPath("/register");
        b.find("#register\\:name").sendKeys("Åsa Öberg");
        b.find("#register\\:email").sendKeys("inte en adress");
        b.find("#register\\:password").sendKeys("kort");
        b.clickAndLoad("#register\\:submit");
        assertTrue(b.text("#email-error").contains("giltig e-postadress"));
        assertTrue(b.text("#password-error").contains("minst 10 tecken"));
        assertEquals("Åsa Öberg", b.find("#register\\:name").getAttribute("value"), "what was typed is kept");
        b.assertAccessible("registration with errors");
        b.screenshot("register-errors");

        String email = "asa-" + UUID.randomUUID() + "@example.se";
        b.find("#register\\:email").clear();
        b.find("#register\\:email").sendKeys(email);
        b.find("#register\\:password").sendKeys(PASSWORD);
        b.clickAndLoad("#register\\:submit");
        b.waitForPath("/registered");
        assertTrue(b.text("h1").contains("Kolla din e-post"));
        b.assertAccessible("registered, check your e-mail");
        b.screenshot("registered");
        b.clickAndLoad("#login");
        b.find("#login\\:email").sendKeys(email);
        b.find("#login\\:password").sendKeys(PASSWORD);
        b.clickAndLoad("#login\\:submit");
        b.waitForPath("/course");
        assertTrue(b.text(".lead").contains("Åsa Öberg"));
        assertTrue(b.text("#confirm-banner").contains("Bekräfta din e-postadress"), "the reminder until confirmed");
        assertEquals("0", b.find("#overall-progress").getAttribute("value"));
        b.assertAccessible("my course, new learner");
        b.screenshot("course-new");

        List<StepSpec> steps = PART.steps();
        for (int i = 0; i < steps.size(); i++) {
            StepSpec step = steps.get(i);
            b.find("a[href$='/course/" + PART.slug() + "/" + step.slug() + "']").click();
            b.waitForPath("/course/" + PART.slug() + "/" + step.slug());
            if (i == 0) {
                assertTrue(b.find("#test-open").getAttribute("hidden") != null, "the test is closed before watching");
                assertEquals("sv", b.find("video track[default]").getAttribute("srclang"));
                assertTrue(b.text("#transcript").contains("Källor"));
                b.assertAccessible("step page");
                b.screenshot("step-before");
            }
            b.watchFilm();
            if (i == 0) {
                b.screenshot("step-watched");
            }
            b.clickAndLoad("#test-open a");
            b.waitForPath("/course/" + PART.slug() + "/" + step.slug() + "/test");
            if (i == 0) {
                b.assertAccessible("test introduction");
                b.screenshot("test-intro");
            }
            b.clickAndLoad("#start\\:begin");
            if (i == 0) {
                b.clickAndLoad("#test\\:submit");
                assertTrue(
                        b.text(".messages").contains("inte svarat på alla frågor"), "unanswered questions are named");
                assertFalse(b.all(".question.unanswered").isEmpty());
                b.answerTest(ANSWERS, false);
                b.assertAccessible("test questions");
                b.screenshot("test-questions");
                b.clickAndLoad("#test\\:submit");
                assertTrue(b.text("#result-heading").contains("Inte godkänt"));
                assertFalse(b.all(".explanation").isEmpty(), "the questions answered wrong are explained");
                assertTrue(b.all("li.answer-right").isEmpty(), "no answer key before the step is passed (M3)");
                assertTrue(b.text("#answers-later").contains("när du har klarat provet"), "and why");
                b.assertAccessible("failed result");
                b.screenshot("test-failed");
                b.clickAndLoad("#retake\\:again");
            }
            b.answerTest(ANSWERS, true);
            b.clickAndLoad("#test\\:submit");
            assertTrue(b.text("#result-heading").contains("Godkänt"));
            assertTrue(b.text(".score").contains("100"));
            assertFalse(b.all("li.answer-right").isEmpty(), "once passed, the right answers are shown");
            if (i == 0) {
                b.assertAccessible("passed result");
                b.screenshot("test-passed");
            }
            b.clickAndLoad("a[href$='/course'].button");
            b.waitForPath("/course");
        }
        assertTrue(b.text("#part-" + PART.slug()).length() > 0);
        assertTrue(b.find("section[aria-labelledby='part-" + PART.slug() + "']")
                .getText()
                .contains("Delen är klar"));
        b.screenshot("course-part-done");

        b.find("nav a[href$='/diplomas']").click();
        b.waitForPath("/diplomas");
        List<WebElement> documents = b.all(".document");
        assertEquals(1, documents.size(), "one certificate for the completed part");
        String code = documents.get(0).findElement(By.cssSelector(".code")).getText();
        b.assertAccessible("my diplomas");
        b.screenshot("diplomas");

        Web http = new Web(base);
        HttpResponse<byte[]> pdf = http.getBytes("/diplomas/pdf/" + code + ".pdf", "Cookie", b.cookieHeader());
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        Path saved = Path.of(System.getProperty("screenshots.dir", "target/screenshots"), "certificate.pdf");
        Files.write(saved, pdf.body());
        String text = new PdfTextExtractor(new PdfReader(pdf.body())).getTextFromPage(1);
        assertTrue(text.contains("Åsa Öberg") && text.contains("Intyg") && text.contains(code), text);

        b.go("/verify");
        b.assertAccessible("verify form");
        b.find("#verify\\:code").sendKeys(code.toLowerCase().replace("-", " "));
        b.clickAndLoad("#verify\\:submit");
        b.waitForPath("/verify/" + code);
        assertTrue(b.text("#verdict").contains("Giltigt"));
        assertTrue(b.text(".facts").contains("Åsa Öberg"));
        b.assertAccessible("verified certificate");
        b.screenshot("verified");

        everyPageInEnglish(code);
    }

    /** The same pages in English, after the learner switches language in the header. */
    private void everyPageInEnglish(String code) {
        b.go("/course");
        b.find(".lang-switch").click();
        b.await(10).until(d -> "en".equals(b.find("html").getAttribute("lang")));
        assertEquals("My course", b.text("h1"));
        b.assertAccessible("my course (en)");
        b.screenshot("course-en");
        StepSpec step = PART.steps().get(0);
        String stepPath = "/course/" + PART.slug() + "/" + step.slug();
        b.go(stepPath);
        assertEquals(
                "en", b.find("video track[default]").getAttribute("srclang"), "English captions on an English page");
        b.assertAccessible("step page (en)");
        b.screenshot("step-en");
        b.go(stepPath + "/test");
        b.assertAccessible("result (en)");
        b.clickAndLoad("#retake\\:again");
        assertTrue(b.text(".lead").contains("Answer all"));
        b.assertAccessible("test questions (en)");
        b.screenshot("test-questions-en");
        for (String path : List.of("/diplomas", "/verify", "/verify/" + code, "/accessibility", "/finns-inte")) {
            b.go(path);
            b.assertAccessible(path + " (en)");
        }
        b.screenshot("not-found-en");
        b.clickAndLoad("form[action$='/logout'] button");
        assertEquals("/?loggedOut=true", b.path());
        assertTrue(b.text(".notice").contains("logged out"));
        for (String path : List.of("/", "/login", "/register")) {
            b.go(path);
            b.assertAccessible(path + " (en)");
        }
        b.screenshot("register-en");
        b.go("/accessibility?lang=sv");
        b.assertAccessible("accessibility statement");
        b.screenshot("accessibility");
        b.go("/login");
        b.assertAccessible("login");
        b.screenshot("login");
    }

    @Test
    void aLearnerCanTakeAStepWithTheKeyboardAlone() {
        b.go("/");
        Actions keys = new Actions(b.driver);
        b.tabTo("a[href$='/register']");
        keys.sendKeys(Keys.ENTER).perform();
        b.waitForPath("/register");
        b.tabTo("#register\\:name");
        String email = "tangent-" + UUID.randomUUID() + "@example.se";
        keys.sendKeys("Tangent Bordsson")
                .sendKeys(Keys.TAB)
                .sendKeys(email)
                .sendKeys(Keys.TAB)
                .sendKeys(PASSWORD)
                .sendKeys(Keys.ENTER)
                .perform();
        b.waitForPath("/registered");
        b.tabTo("#login");
        keys.sendKeys(Keys.ENTER).perform();
        b.waitForPath("/login");
        b.tabTo("#login\\:email");
        keys.sendKeys(email)
                .sendKeys(Keys.TAB)
                .sendKeys(PASSWORD)
                .sendKeys(Keys.ENTER)
                .perform();
        b.waitForPath("/course");

        StepSpec step = PART.steps().get(0);
        String stepPath = "/course/" + PART.slug() + "/" + step.slug();
        b.tabTo("a[href$='" + stepPath + "']");
        keys.sendKeys(Keys.ENTER).perform();
        b.waitForPath(stepPath);
        b.tabTo("#film");
        b.screenshot("keyboard-focus-video");
        keys.sendKeys(Keys.SPACE).perform();
        b.await(20).until(d -> Boolean.FALSE.equals(b.js("return document.getElementById('film').paused")));
        b.js("var f = document.getElementById('film'); f.defaultPlaybackRate = 16; f.playbackRate = 16");
        b.await(30)
                .until(d -> ((Number) b.js("return document.getElementById('film').currentTime")).doubleValue() > 40);
        keys.sendKeys(Keys.SPACE).perform();
        b.await(10).until(d -> Boolean.TRUE.equals(b.js("return document.getElementById('film').paused")));
        b.await(10).until(d -> !b.text("#watched-text").contains(" 0 %"));

        b.go("/course");
        b.go(stepPath);
        b.await(10)
                .until(d -> ((Number) b.js("return document.getElementById('film').currentTime")).doubleValue() > 30);
        assertTrue(
                b.text("#watched-text").matches(".*\\b[1-9][0-9]? %.*"),
                "partial progress is kept: " + b.text("#watched-text"));

        b.tabTo("#film");
        keys.sendKeys(Keys.SPACE).perform();
        b.await(20).until(d -> Boolean.FALSE.equals(b.js("return document.getElementById('film').paused")));
        b.js("var f = document.getElementById('film'); f.defaultPlaybackRate = 16; f.playbackRate = 16");
        b.await(180).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#test-open a")));
        b.tabTo("#test-open a");
        keys.sendKeys(Keys.ENTER).perform();
        b.waitForPath(stepPath + "/test");
        b.tabTo("#start\\:begin");
        keys.sendKeys(Keys.ENTER).perform();
        b.await(20).until(d -> !b.all("fieldset.question").isEmpty());

        for (WebElement question : b.all("fieldset.question")) {
            String text = question.findElement(By.cssSelector("legend span")).getText();
            List<WebElement> inputs = question.findElements(By.cssSelector("input"));
            boolean multiple = "checkbox".equals(inputs.get(0).getAttribute("type"));
            b.tabTo("#" + inputs.get(0).getAttribute("id").replace(":", "\\:"));
            if (multiple) {
                for (int i = 0; i < inputs.size(); i++) {
                    if (ANSWERS.isRight(text, b.label(inputs.get(i)))) {
                        keys.sendKeys(Keys.SPACE).perform();
                    }
                    if (i + 1 < inputs.size()) {
                        keys.sendKeys(Keys.TAB).perform();
                    }
                }
            } else {
                int right = 0;
                while (!ANSWERS.isRight(text, b.label(inputs.get(right)))) {
                    right++;
                }
                keys.sendKeys(Keys.SPACE).perform();
                for (int i = 0; i < right; i++) {
                    keys.sendKeys(Keys.ARROW_DOWN).perform();
                }
            }
        }
        b.screenshot("keyboard-answers");
        b.tabTo("#test\\:submit");
        keys.sendKeys(Keys.ENTER).perform();
        b.await(20).until(d -> !b.all("#result-heading").isEmpty());
        assertTrue(b.text("#result-heading").contains("Godkänt"), b.text("main"));

        b.tabTo("nav a[href$='/diplomas']");
        keys.sendKeys(Keys.ENTER).perform();
        b.waitForPath("/diplomas");
        if (PART.steps().size() == 1) {
            b.tabTo(".document a[href*='/verify/']");
            keys.sendKeys(Keys.ENTER).perform();
            b.await(20).until(d -> b.path().startsWith("/verify/"));
            assertTrue(b.text("#verdict").contains("Giltigt"));
        }
        b.tabTo("form[action$='/logout'] button");
        keys.sendKeys(Keys.ENTER).perform();
        b.await(20).until(d -> b.path().startsWith("/?loggedOut"));
        b.tabTo(".site-nav a[href$='/login']");
        keys.sendKeys(Keys.ENTER).perform();
        b.waitForPath("/login");
        b.tabTo("#login\\:email");
        keys.sendKeys(email)
                .sendKeys(Keys.TAB)
                .sendKeys(PASSWORD)
                .sendKeys(Keys.ENTER)
                .perform();
        b.waitForPath("/course");
        b.screenshot("keyboard-logged-in-again");
    }

    /**
     * The player must not lose film it really played when the network is slow (review code finding
     * 1): at a third of the speed the film needs at 16×, the player stalls again and again, and the
     * learner still gets the whole film counted.
     */
    @Test
    void aSlowNetworkThatStallsThePlayerStillEarnsTheWholeFilm() {
        b.register("Långsam Lina", "langsam-" + UUID.randomUUID() + "@example.se", PASSWORD);
        b.waitForPath("/course");
        StepSpec step = PART.steps().get(0);
        b.go("/course/" + PART.slug() + "/" + step.slug());
        ChromiumNetworkConditions slow = new ChromiumNetworkConditions();
        slow.setLatency(Duration.ofMillis(150));
        slow.setDownloadThroughput(75_000);
        slow.setUploadThroughput(75_000);
        b.driver.setNetworkConditions(slow);
        b.js("window.bbStalls = 0; document.getElementById('film')"
                + ".addEventListener('waiting', function () { window.bbStalls++; });");
        try {
            b.watchFilm();
        } finally {
            b.driver.deleteNetworkConditions();
        }
        assertTrue(((Number) b.js("return window.bbStalls")).intValue() > 0, "the player really stalled");
        b.go("/course/" + PART.slug() + "/" + step.slug());
        assertEquals(null, b.find("#test-open").getAttribute("hidden"), "the test stays open: the credit was stored");
    }

    @Test
    void everyFilmOfTheCourseLoadsSeeksAndShowsCaptionsInChromium() {
        b.register("Film Kontroll", "film-" + UUID.randomUUID() + "@example.se", PASSWORD);
        for (PartSpec part : CourseAnswers.COURSE.parts()) {
            for (StepSpec step : part.steps()) {
                String where = part.slug() + "/" + step.slug();
                b.go("/course/" + where);
                b.await(30)
                        .until(d ->
                                ((Number) b.js("return document.getElementById('film').readyState")).intValue() >= 1);
                double duration = ((Number) b.js("return document.getElementById('film').duration")).doubleValue();
                assertEquals(
                        step.film().durationSeconds(), duration, 1.0, where + ": the browser reads the film's length");
                b.js("var v = document.getElementById('film'); v.currentTime = v.duration / 2;");
                b.await(30)
                        .until(d -> Boolean.TRUE.equals(b.js("var v = document.getElementById('film');"
                                + " return !v.seeking && v.readyState >= 2")));
                assertEquals(null, b.js("var e = document.getElementById('film').error; return e && e.code"), where);
                Number cues = (Number) b.await(20).until(d -> {
                    Object n = b.js("var t = document.getElementById('film').textTracks;"
                            + " for (var i = 0; i < t.length; i++) { if (t[i].mode === 'showing' && t[i].cues && t[i].cues.length) return t[i].cues.length; }"
                            + " return null;");
                    return n;
                });
                assertTrue(cues.intValue() > 10, where + ": the captions are shown");
            }
        }
    }

    /** Presses Tab until the element matching {@code css} has focus, as a keyboard user would. */
}
