package se.battrebemotande.it;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, with screenshots and axe-core checks. Where
 * Chromium is missing the browser tests are skipped loudly, unless {@code browser.required} is set
 * (as CI does), in which case they fail.
 */
public final class Browser implements AutoCloseable {
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final AtomicInteger SHOTS = new AtomicInteger();

    public final ChromeDriver driver;
    private final String base;
    private final Path screenshots = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

    private Browser(ChromeDriver driver, URL base) {
        this.driver = driver;
        this.base = base.toString().replaceAll("/+$", "");
    }

    public static Browser open(URL base) {
        boolean available = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!available) {
            String message = "\n\n*** BROWSER TESTS SKIPPED: Chromium or chromedriver is missing. Install them with\n"
                    + "***   apt-get install -y chromium chromium-driver\n*** (CI installs them and makes these tests mandatory.)\n";
            System.err.println(message);
            if (Boolean.getBoolean("browser.required")) {
                Assertions.fail(message);
            }
            Assumptions.assumeTrue(false, message);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--mute-audio",
                "--window-size=1280,900",
                "--lang=sv-SE",
                "--autoplay-policy=no-user-gesture-required");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new Browser(driver, base);
    }

    public void go(String path) {
        driver.get(base + path);
    }

    public String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    /** Clicks something that loads a new page, and waits until the new page is there. */
    public void clickAndLoad(String css) {
        WebElement page = find("html");
        find(css).click();
        await(30).until(d -> {
            try {
                page.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
        await(30).until(d -> "complete".equals(js("return document.readyState")));
    }

    /** Signs in as the site administrator of {@link Administrator}, registering the account the first time. */
    public void signInAsAdministrator() {
        go("/register");
        find("#register\\:name").sendKeys(Administrator.NAME);
        find("#register\\:email").sendKeys(Administrator.EMAIL);
        find("#register\\:password").sendKeys(Administrator.PASSWORD);
        clickAndLoad("#register\\:submit");
        signIn(Administrator.EMAIL, Administrator.PASSWORD);
        if (path().startsWith("/login") || path().startsWith("/register")) {
            throw new IllegalStateException("Signing in as administrator failed at " + path());
        }
        // The account remembers its language: another test may have left it in English.
        if ("en".equals(find("html").getAttribute("lang"))) {
            find(".lang-switch").click();
            await(10).until(d -> "sv".equals(find("html").getAttribute("lang")));
        }
    }

    /** Logs in through the login form. */
    public void signIn(String email, String password) {
        go("/login");
        find("#login\\:email").sendKeys(email);
        find("#login\\:password").sendKeys(password);
        clickAndLoad("#login\\:submit");
    }

    /**
     * Registers through the form as a new person would, then logs in from the page that says a
     * confirmation mail is on its way.
     */
    public void register(String name, String email, String password) {
        go("/register");
        find("#register\\:name").sendKeys(name);
        find("#register\\:email").sendKeys(email);
        find("#register\\:password").sendKeys(password);
        clickAndLoad("#register\\:submit");
        if (!path().startsWith("/registered")) {
            throw new IllegalStateException("Registration failed at " + path());
        }
        clickAndLoad("#login");
        find("#login\\:email").sendKeys(email);
        find("#login\\:password").sendKeys(password);
        clickAndLoad("#login\\:submit");
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public String text(String css) {
        return find(css).getText();
    }

    public WebDriverWait await(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    public void waitForPath(String path) {
        await(20).until(ExpectedConditions.urlToBe(base + path));
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** A screenshot of the whole page, numbered in the order taken, under target/screenshots. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(screenshots);
            js("window.scrollTo(0, 0)");
            Dimension size = driver.manage().window().getSize();
            long height = ((Number)
                            js("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)"))
                    .longValue();
            driver.manage().window().setSize(new Dimension(size.getWidth(), (int)
                    Math.min(Math.max(height, 600), 6000)));
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            driver.manage().window().setSize(size);
            Path target = screenshots.resolve(String.format("%02d-%s.png", SHOTS.incrementAndGet(), name));
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs axe-core on the page; fails on any serious or critical violation of WCAG 2.x A/AA. */
    public void assertAccessible(String page) {
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        List<Rule> blocking = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .toList();
        String report = blocking.stream()
                .map(v -> v.getImpact() + " " + v.getId() + ": " + v.getHelp() + " at "
                        + v.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        Assertions.assertTrue(blocking.isEmpty(), page + " (" + path() + ") has accessibility violations:\n" + report);
    }

    /**
     * Shows pages as a screen {@code width} CSS pixels wide (a phone at 320 or 375; 320 is also a
     * 1280 px window zoomed to 400 %), through Chromium's device emulation. Not as a "mobile" device:
     * that would zoom a too-wide page out to fit and hide the very overflow the tests look for.
     */
    public void width(int width) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of(
                        "width",
                        width,
                        "height",
                        width < 600 ? 740 : 900,
                        "deviceScaleFactor",
                        1,
                        "mobile",
                        width < 600));
    }

    /**
     * Asserts that the page does not scroll sideways (WCAG 1.4.10 Reflow), naming the elements that
     * stick out when it does.
     */
    public void assertReflows(String page) {
        Object report = js("var w = document.documentElement.clientWidth;"
                + "if (document.documentElement.scrollWidth <= w) { return ''; }"
                + "var wide = [];"
                + "document.querySelectorAll('body *').forEach(function (e) {"
                + "  var r = e.getBoundingClientRect();"
                + "  if (r.right > w + 1 && wide.length < 8) {"
                + "    wide.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                + "      + (e.className && e.className.baseVal === undefined ? '.' + String(e.className).split(' ').join('.') : '')"
                + "      + ' ' + Math.round(r.width) + 'px to ' + Math.round(r.right));"
                + "  }"
                + "});"
                + "return document.documentElement.scrollWidth + ' > ' + w + ': ' + wide.join('; ');");
        Assertions.assertEquals("", report, page + " (" + path() + ") scrolls sideways");
    }

    /** The cookie header a plain HTTP client needs to act as this browser's learner. */
    public String cookieHeader() {
        return driver.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    @Override
    public void close() {
        driver.quit();
    }

    /** Moves the focus with the Tab key until it reaches the element. */
    public void tabTo(String css) {
        WebElement target = find(css);
        Actions keys = new Actions(driver);
        for (int i = 0; i < 80; i++) {
            if (target.equals(driver.switchTo().activeElement())) {
                return;
            }
            keys.sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Could not reach " + css + " with the Tab key");
    }

    /** The text of an input's label. */
    public String label(WebElement input) {
        return find("label[for='" + input.getAttribute("id") + "']").getText();
    }

    /** Plays the film as a learner would, sped up so the test does not take the film's real length. */
    public void watchFilm() {
        WebElement video = find("#film");
        await(20).until(d -> ((Number) js("return arguments[0].readyState", video)).intValue() >= 1);
        video.click();
        await(20).until(d -> Boolean.FALSE.equals(js("return arguments[0].paused", video)));
        js("arguments[0].defaultPlaybackRate = 16; arguments[0].playbackRate = 16", video);
        try {
            await(120).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#test-open a")));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("film-stuck");
            throw new AssertionError(
                    "The test did not open. Player: "
                            + js(
                                    "var v = arguments[0]; return 'time ' + v.currentTime"
                                            + " + ' of ' + v.duration + ', paused ' + v.paused + ', ended ' + v.ended + ', rate ' + v.playbackRate"
                                            + " + ', error ' + (v.error && v.error.code)",
                                    video)
                            + "; page says: " + text("#watched-text")
                            + "; report error shown: " + find("#report-error").isDisplayed(),
                    e);
        }
        Assertions.assertTrue(
                find("#announce").getText().length() > 0
                        || find("#announce").getAttribute("textContent").length() > 0,
                "the opening of the test is announced");
    }

    /** Answers every question of the open attempt, all right or all wrong. */
    public void answerTest(CourseAnswers answers, boolean right) {
        for (WebElement question : all("fieldset.question")) {
            String text = question.findElement(By.cssSelector("legend span")).getText();
            List<WebElement> inputs = question.findElements(By.cssSelector("input"));
            for (WebElement input : inputs) {
                boolean isRight = answers.isRight(text, label(input));
                boolean tick = right ? isRight : !isRight;
                if (tick != input.isSelected()) {
                    if ("radio".equals(input.getAttribute("type")) && !tick) {
                        continue;
                    }
                    input.click();
                }
                if (!right && "radio".equals(input.getAttribute("type")) && input.isSelected()) {
                    break;
                }
            }
        }
    }
}
