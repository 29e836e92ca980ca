package se.battrebemotande.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The statistics dashboard as an administrator uses it, in a real browser, on a small known
 * population in March 2002 ({@link StatisticsSeed}, figures worked out there): the overview against
 * February, a filter chosen with the keyboard alone, each view (where, step by step, questions),
 * the organisation table searched, sorted and chosen as a filter, a date that cannot be read,
 * exports opened and read, and axe-core on every view in Swedish and English.
 */
@ExtendWith({ArquillianExtension.class, ScreenshotOnFailure.class})
@RunAsClient
class StatisticsBrowserIT implements ScreenshotOnFailure.HasBrowser {
    static final String MARCH = "?from=2002-03-01&until=2002-03-31";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war().addClass(StatisticsSeed.class);
    }

    @ArquillianResource
    URL base;

    Browser admin;
    Map<String, String> seed;

    @Override
    public Browser browser() {
        return admin;
    }

    @BeforeEach
    void population() {
        HttpResponse<String> response = new Web(base).postForm("/it/statistics-seed", Map.of());
        assertEquals(200, response.statusCode(), response.body());
        seed = new HashMap<>();
        for (String line : response.body().split("\n")) {
            String[] pair = line.split("=", 2);
            seed.put(pair[0], pair[1]);
        }
    }

    @AfterEach
    void closeBrowser() {
        if (admin != null) {
            admin.close();
        }
    }

    private void check(String page) {
        admin.assertAccessible(page);
        admin.screenshot(page.replace(' ', '-'));
    }

    private String figure(String key) {
        return admin.text("#figure-" + key + " .figure");
    }

    private String change(String key) {
        return admin.text("#figure-" + key + " .change");
    }

    private boolean chartDrawn(String canvas) {
        return (Boolean) admin.js(
                "var c = document.querySelector(arguments[0]); return !!(c && window.Chart && Chart.getChart(c));",
                canvas);
    }

    @Test
    void anAdministratorFollowsTheCourseAndExportsWhatTheySee() throws Exception {
        admin = Browser.open(base);
        admin.signInAsAdministrator();
        admin.go("/admin");
        assertEquals("Statistik", admin.text("h1"));
        assertTrue(admin.text(".period-note").contains("Jämförs med perioden före"), admin.text(".period-note"));
        check("statistics default");

        admin.go("/admin?from=2002-13-45&until=2002-03-31");
        assertTrue(admin.text("#from-error").contains("ÅÅÅÅ-MM-DD"), "a date that cannot be read is named");
        assertEquals("true", admin.find("#from").getAttribute("aria-invalid"));
        assertEquals(
                "2002-13-45", admin.find("#from").getDomAttribute("value"), "what was typed is sent back to the field");
        admin.go("/admin?from=2002-03-31&until=2002-03-01");
        assertTrue(admin.text("#until-error").contains("före från-datumet"), admin.text("#until-error"));
        check("statistics bad period");

        // The overview of March 2002 against February, bookmarked.
        admin.go("/admin" + MARCH);
        assertEquals("5", figure("registered"), "learners 1–5");
        assertTrue(change("registered").startsWith("+400 %"), change("registered"));
        assertTrue(change("registered").contains("1"), "February had one");
        assertEquals("3", figure("started"));
        assertTrue(change("started").startsWith("+200 %"), change("started"));
        assertEquals("1", figure("finished"));
        assertTrue(change("finished").startsWith("±0 %"), change("finished"));
        assertEquals("2", figure("part-1"), "learners 1 and 2 finished part 1");
        assertTrue(change("part-1").contains("nytt för perioden"), change("part-1"));
        assertEquals("5", figure("documents"), "learner 1: every certificate and the diploma; learner 2: one");
        assertTrue(chartDrawn("#charts\\:time-chart canvas"), "the line chart is drawn");
        WebElement week10 = admin.all("#time-table tbody tr").stream()
                .filter(r -> r.getText().startsWith("v. 10, 2002"))
                .findFirst()
                .orElseThrow();
        assertTrue(week10.getText().contains("2002-03-04 – 2002-03-10"), week10.getText());
        List<WebElement> cells = week10.findElements(org.openqa.selenium.By.cssSelector("td"));
        assertEquals("5", cells.get(0).getText(), "all five registered in week 10");
        assertEquals("2", cells.get(1).getText(), "learners 1 and 2 began in week 10");
        assertEquals(5, admin.all("#time-table tbody tr").size(), "weeks 9 to 13, cut at the month's edges");
        check("statistics overview");

        // The county chosen with the keyboard alone: type in the select, Tab to the button, Enter.
        admin.js("document.getElementById('county').focus()");
        admin.driver.switchTo().activeElement().sendKeys("Västern");
        tabTo(admin, ".stats-filters button[type=submit]");
        admin.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        admin.await(20).until(d -> admin.path().contains("county=22"));
        assertTrue(admin.path().contains("from=2002-03-01"), "the period stays: " + admin.path());
        assertEquals("3", figure("registered"), "learners 1, 2 and 4 belong to the authority in Västernorrland");
        assertEquals("2", figure("started"));
        // On to the next view, still by keyboard: the filter goes along.
        tabTo(admin, ".subtabs a[href*='/admin/where']");
        admin.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        admin.await(20).until(d -> admin.path().startsWith("/admin/where"));
        assertTrue(admin.path().contains("county=22"), admin.path());
        assertEquals(1, admin.all("#county-table tbody tr").size(), "only Västernorrland");

        // Where: both counties, both kinds, the organisations.
        admin.go("/admin/where" + MARCH);
        String counties = admin.text("#county-table");
        assertTrue(counties.contains("Västernorrlands län 3 2 1 33 %"), counties);
        assertTrue(counties.contains("Jämtlands län 1 1 0 0 %"), counties);
        assertTrue(admin.text("#kind-table").contains("Myndighet 3 2 1"), admin.text("#kind-table"));
        assertTrue(chartDrawn("#charts\\:county-chart canvas"), "the county chart is drawn");
        assertTrue(chartDrawn("#charts\\:kind-chart canvas"), "the kind chart is drawn");
        // The figures per place are counted every ten minutes; the page says when, and counts again on request.
        assertTrue(admin.text("#counted-at").contains("räknades"), admin.text("#counted-at"));
        tabTo(admin, "#counted\\:count-now");
        admin.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        admin.await(20).until(d -> admin.text("body").contains("är omräknade"));
        assertTrue(admin.path().contains("from=2002-03-01"), "the filter stays: " + admin.path());
        assertTrue(admin.text("#county-table").contains("Västernorrlands län 3 2 1 33 %"), admin.text("#county-table"));
        admin.find("#q").sendKeys("Statistikens " + Keys.ENTER);
        admin.await(20).until(d -> admin.path().contains("q=Statistikens"));
        assertEquals(2, admin.all(".member-table tbody tr").size(), admin.text(".member-table"));
        WebElement members = admin.all(".member-table th").get(1);
        members.click();
        admin.await(10)
                .until(d ->
                        "ascending".equals(admin.all(".member-table th").get(1).getAttribute("aria-sort")));
        assertTrue(
                admin.text(".member-table tbody tr:first-child").contains("Statistikens arbetsplats"),
                "fewest members first");
        check("statistics where");
        HttpResponse<byte[]> organisations = new Web(base)
                .getBytes(
                        "/admin/statistics/organisations.csv" + MARCH + "&q=Statistikens",
                        "Cookie",
                        admin.cookieHeader());
        assertEquals(200, organisations.statusCode());
        String orgCsv = new String(organisations.body(), StandardCharsets.UTF_8);
        assertTrue(orgCsv.startsWith("\uFEFFOrganisation;Typ av organisation;Län;Medlemmar"), orgCsv);
        assertTrue(
                orgCsv.contains(
                        "Statistikens förening " + seed.get("suffix") + ";Myndighet;Västernorrlands län;3;2;1;33.3"),
                orgCsv);
        assertEquals(3, orgCsv.split("\r\n").length, "the header and the two organisations found");

        // An organisation chosen from the table becomes the filter.
        admin.find(".member-table a[href*='organisation=" + seed.get("organisation") + "']")
                .click();
        admin.await(20).until(d -> admin.path().contains("organisation=" + seed.get("organisation")));
        assertTrue(admin.text(".filter-chip").contains("Statistikens förening"), admin.text(".filter-chip"));
        assertEquals("3", figure("registered"));

        // Step by step: the first step loses the most.
        admin.go("/admin/funnel" + MARCH);
        String stop = admin.text("#stop-note");
        assertTrue(stop.contains(seed.get("step")) && stop.contains("2 av 3"), stop);
        WebElement first = admin.find("#funnel-table tbody tr.stop");
        assertTrue(first.getText().contains(seed.get("step")), first.getText());
        assertTrue(first.getText().contains("3 2 (67 %) 1 (33 %) 2"), first.getText());
        assertTrue(chartDrawn("#charts\\:funnel-chart canvas"), "the funnel chart is drawn");
        check("statistics funnel");

        // Questions: the weakest first, linked to its editor.
        admin.go("/admin/questions" + MARCH);
        List<WebElement> rows = admin.all("#question-table tbody tr");
        assertEquals(2, rows.size());
        assertTrue(
                rows.get(0).getText().contains("50 %"),
                "q2 was right half the time: " + rows.get(0).getText());
        assertTrue(
                rows.get(0).getText().contains("0,58"),
                "discrimination 2/√12: " + rows.get(0).getText());
        assertTrue(rows.get(1).getText().contains("75 %"), rows.get(1).getText());
        assertTrue(rows.get(1).getText().contains("(1 gång)"), "q1's wrong choice was picked once");
        assertTrue(admin.find("#question-table tbody tr:first-child a")
                .getAttribute("href")
                .endsWith("/admin/content/questions/" + seed.get("q2")));
        check("statistics questions");
        admin.clickAndLoad("#question-table tbody tr:first-child a");
        assertEquals("/admin/content/questions/" + seed.get("q2"), admin.path());

        exports();
        inEnglish();
    }

    private void exports() throws Exception {
        Web http = new Web(base);
        String cookie = admin.cookieHeader();
        HttpResponse<byte[]> overview = http.getBytes("/admin/statistics/overview.csv" + MARCH, "Cookie", cookie);
        assertEquals(200, overview.statusCode());
        assertTrue(overview.headers()
                .firstValue("Content-Disposition")
                .orElse("")
                .contains("statistik-oversikt-2002-03-01-2002-03-31.csv"));
        String csv = new String(overview.body(), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFMått;Perioden;Perioden före;Förändring (%)\r\n"), csv);
        assertTrue(csv.contains("Registrerade deltagare;5;1;400.0\r\n"), csv);
        assertTrue(csv.contains("Klara med hela kursen;1;1;0.0\r\n"), csv);

        HttpResponse<byte[]> counties = http.getBytes("/admin/statistics/counties.xlsx" + MARCH, "Cookie", cookie);
        assertEquals(200, counties.statusCode());
        Path screenshots = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(screenshots);
        Files.write(screenshots.resolve("statistics-counties.xlsx"), counties.body());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(counties.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("Län", book.getSheetName(0));
            assertEquals("Medlemmar", sheet.getRow(0).getCell(1).getStringCellValue());
            boolean found = false;
            for (Row row : sheet) {
                if (row.getRowNum() > 0
                        && "Västernorrlands län".equals(row.getCell(0).getStringCellValue())) {
                    assertEquals(3, row.getCell(1).getNumericCellValue(), 0.001);
                    assertEquals(33.3, row.getCell(4).getNumericCellValue(), 0.001);
                    found = true;
                }
            }
            assertTrue(found, "Västernorrland is in the workbook");
        }
        String questions = new String(
                http.getBytes("/admin/statistics/questions.csv" + MARCH, "Cookie", cookie)
                        .body(),
                StandardCharsets.UTF_8);
        String[] lines = questions.split("\r\n");
        assertEquals(3, lines.length, questions);
        assertTrue(lines[1].startsWith(seed.get("q2") + ";"), "the weakest first: " + lines[1]);
        // Its version (whatever other tests' edits of the shared database made it), 4 answered, 50 % right.
        assertTrue(lines[1].matches(".*;[0-9]+;4;50\\.0;.*"), lines[1]);
        assertTrue(lines[1].endsWith(";0.58"), lines[1]);
        String funnel = new String(
                http.getBytes("/admin/statistics/funnel.csv" + MARCH, "Cookie", cookie)
                        .body(),
                StandardCharsets.UTF_8);
        assertTrue(funnel.contains(";3;2;1;2\r\n"), funnel);
        String time = new String(
                http.getBytes("/admin/statistics/time.csv" + MARCH + "&per=month", "Cookie", cookie)
                        .body(),
                StandardCharsets.UTF_8);
        assertTrue(time.contains("mars 2002;2002-03-01;2002-03-31;5;3;1;5\r\n"), time);
        assertEquals(
                400,
                http.getBytes("/admin/statistics/overview.csv?from=nonsense", "Cookie", cookie)
                        .statusCode(),
                "a bad period is refused, not guessed");
        assertEquals(
                404,
                http.getBytes("/admin/statistics/overview.pdf", "Cookie", cookie)
                        .statusCode());
    }

    private void inEnglish() {
        admin.go("/admin" + MARCH + "&lang=en");
        admin.await(10).until(d -> "en".equals(admin.find("html").getAttribute("lang")));
        assertEquals("Statistics", admin.text("h1"));
        assertTrue(
                change("registered").startsWith("+400%") || change("registered").startsWith("+400 %"),
                change("registered"));
        assertTrue(admin.text("#figure-registered dt").contains("Registered learners"));
        check("statistics overview en");
        admin.go("/admin" + MARCH + "&per=month");
        assertTrue(admin.text("#time-heading").contains("Per month"));
        assertEquals(1, admin.all("#time-table tbody tr").size(), "March 2002 per month is one point");
        admin.assertAccessible("statistics per month en");
        admin.go("/admin/where" + MARCH);
        assertTrue(admin.text("#county-table").contains("Västernorrland County"), admin.text("#county-table"));
        check("statistics where en");
        admin.go("/admin/funnel" + MARCH);
        assertTrue(admin.text("#stop-note").contains("Most people stop at"), admin.text("#stop-note"));
        check("statistics funnel en");
        admin.go("/admin/questions" + MARCH);
        assertTrue(admin.text("#question-table thead").contains("Most picked wrong answer"));
        check("statistics questions en");
        admin.go("/admin?from=2002-03-31&until=2002-03-01");
        assertTrue(admin.text("#until-error").contains("before the start date"), admin.text("#until-error"));
        admin.assertAccessible("statistics bad period en");
        admin.go("/admin?lang=sv");
    }

    /** Presses Tab until the element matching {@code css} has the focus. */
    private static void tabTo(Browser b, String css) {
        WebElement target = b.find(css);
        for (int i = 0; i < 80; i++) {
            if (target.equals(b.driver.switchTo().activeElement())) {
                return;
            }
            b.driver.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + css);
    }
}
