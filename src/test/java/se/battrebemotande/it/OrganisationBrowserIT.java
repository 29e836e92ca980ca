package se.battrebemotande.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * An organisation as its administrator and a new member would use it, in a real browser: register
 * the organisation, upload a list with good and bad rows, read the preview, invite, accept the
 * invitation from the mail that arrives, watch the member's progress appear, filter, export and open
 * the workbook, the join link, and leaving; axe-core and screenshots on every page, in Swedish and
 * English. A second person joins through the join link with the keyboard alone.
 */
@ExtendWith({ArquillianExtension.class, ScreenshotOnFailure.class})
@RunAsClient
class OrganisationBrowserIT implements ScreenshotOnFailure.HasBrowser {
    static final String PASSWORD = "ett långt lösenord";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    Browser admin;
    Browser member;

    @BeforeAll
    static void startMail() {
        TestMail.server();
    }

    @Override
    public Browser browser() {
        return member != null ? member : admin;
    }

    @AfterEach
    void closeBrowsers() {
        if (admin != null) {
            admin.close();
        }
        if (member != null) {
            member.close();
        }
    }

    private static String unique(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.se";
    }

    private static void register(Browser b, String name, String email) {
        b.register(name, email, PASSWORD);
        b.waitForPath("/course");
    }

    private static void both(Browser b, String page) {
        b.assertAccessible(page);
        b.screenshot(page.replace(' ', '-'));
    }

    @Test
    void anOrganisationEnrolsMembersAndFollowsTheirProgress() throws Exception {
        admin = Browser.open(base);
        register(admin, "Åsa Administratör", unique("admin"));
        admin.go("/account");
        both(admin, "account");
        admin.find("a[href$='/org/new']").click();
        admin.waitForPath("/org/new");
        both(admin, "org new");

        admin.clickAndLoad("#organisation\\:submit");
        assertTrue(admin.text("#name-error").contains("Skriv organisationens namn"));
        assertTrue(admin.text("#kind-error").contains("Välj typ"));
        assertTrue(admin.text("#county-error").contains("Välj län"));
        assertTrue(admin.all(".error-summary li").size() >= 3, "the summary links every problem");
        both(admin, "org new errors");

        String name = "Kiruna Flyktingvänner " + UUID.randomUUID().toString().substring(0, 4);
        admin.find("#organisation\\:name").sendKeys(name);
        new Select(admin.find("#organisation\\:kind")).selectByVisibleText("Förening eller trossamfund");
        new Select(admin.find("#organisation\\:county")).selectByVisibleText("Norrbottens län");
        municipalitiesShown(15);
        new Select(admin.find("#organisation\\:municipality")).selectByVisibleText("Kiruna");
        admin.find("#organisation\\:orgNumber").sendKeys("212000-2628");
        admin.clickAndLoad("#organisation\\:submit");
        assertTrue(admin.text("#orgNumber-error").contains("stämmer inte"), admin.text("#orgNumber-error"));
        assertEquals(name, admin.find("#organisation\\:name").getAttribute("value"), "what was typed is kept");
        admin.find("#organisation\\:orgNumber").clear();
        admin.find("#organisation\\:orgNumber").sendKeys("212000-2627");
        admin.clickAndLoad("#organisation\\:submit");
        assertTrue(admin.path().matches("/org/[0-9]+"), admin.path());
        String org = admin.path();
        assertEquals(name, admin.text("h1"));
        assertTrue(admin.text(".org-head").contains("Kiruna, Norrbottens län"));
        assertTrue(admin.text(".messages").contains("är registrerad"));
        assertEquals("1", admin.text(".stat-row div:first-child dd"), "the administrator is the first member");
        both(admin, "org members new");

        // A list as Excel's Swedish export writes it: Windows-1252, semicolons, a header, bad rows.
        String first = unique("ny.medlem");
        String second = unique("andra");
        Path csv = Files.createTempFile("medlemmar", ".csv");
        Files.write(
                csv,
                ("Förnamn;Efternamn;E-post\r\n" + "Örjan;Åkesson;" + first + "\r\n" + "Bo;Ek;inte-en-adress\r\n"
                                + "Cia;Ström;\r\n" + "Dan;Öst;" + second + "\r\n" + "Örjan;Igen;" + first.toUpperCase()
                                + "\r\n")
                        .getBytes(Charset.forName("windows-1252")));
        admin.find("nav.tabs a[href$='/enrol']").click();
        admin.waitForPath(org + "/enrol");
        both(admin, "enrol");
        admin.clickAndLoad("#paste\\:preview");
        assertTrue(admin.text("#addresses-error").contains("Klistra in minst en e-postadress"), "nothing pasted");
        assertTrue(admin.all(".error-summary a[href='#paste:addresses']").size() == 1);
        Path image = Files.createTempFile("bild", ".csv");
        Files.write(image, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
        admin.find("#file").sendKeys(image.toString());
        admin.find("#upload button[type=submit]").click();
        admin.await(15).until(d -> admin.text("#upload-status").contains("bild"));
        assertTrue(admin.text("#upload-status").contains("CSV-fil"), "a renamed image is refused with a reason");
        admin.js("document.getElementById('file').value = ''");
        admin.find("#file").sendKeys(csv.toString());
        admin.find("#upload button[type=submit]").click();
        admin.await(20).until(d -> admin.path().matches(org + "/enrol/[0-9]+"));
        String preview = admin.text(".status-counts");
        assertTrue(preview.contains("2 Bjuds in"), preview);
        assertTrue(preview.contains("2 Ogiltig"), preview);
        assertTrue(preview.contains("1 Dubblett i listan"), preview);
        String rows = admin.text(".member-table");
        assertTrue(rows.contains("Örjan Åkesson"), "Windows-1252 letters are read right: " + rows);
        assertTrue(rows.contains("Ogiltig e-postadress") && rows.contains("E-postadress saknas"), rows);
        assertTrue(rows.contains("Samma adress som rad 2"), rows);
        both(admin, "enrol preview");
        admin.clickAndLoad("#confirm\\:submit");
        admin.waitForPath(org);
        assertTrue(admin.text(".messages").contains("2 personer är inbjudna"), admin.text(".messages"));
        assertTrue(admin.text(".member-table").contains("Inbjuden"));

        List<MimeMessage> mails = TestMail.to(first, 1, Duration.ofSeconds(30));
        assertEquals(1, mails.size(), "the invitation arrives");
        assertTrue(mails.get(0).getSubject().contains(name), mails.get(0).getSubject());
        assertTrue(TestMail.text(mails.get(0)).contains("Hej Örjan Åkesson!"));
        String link = TestMail.link(mails.get(0), "/invitation/");
        List<MimeMessage> secondMails = TestMail.to(second, 1, Duration.ofSeconds(30));
        assertEquals(1, secondMails.size());
        String secondLink =
                URI.create(TestMail.link(secondMails.get(0), "/invitation/")).getPath();

        member = Browser.open(base);
        member.go(URI.create(link).getPath());
        assertTrue(member.text("h1").contains(name));
        assertEquals(first, member.text("#invited-email"), "the address is filled in");
        assertEquals("Örjan Åkesson", member.find("#register\\:name").getAttribute("value"));
        assertTrue(member.text(".consent").contains("aldrig dina svar på proven"));
        both(member, "invitation register");
        member.find("#register\\:password").sendKeys(PASSWORD);
        member.clickAndLoad("#register\\:submit");
        member.await(20).until(d -> member.path().startsWith("/course"));
        assertTrue(member.text(".notice").contains("Du är nu medlem i " + name));
        member.go(URI.create(link).getPath());
        assertTrue(member.text("h1").contains("Inbjudan fungerar inte"), "a used link says so");
        both(member, "invitation used");

        // The member starts the first step: the player reports what it played.
        member.go("/course");
        member.clickAndLoad(".step-rows a");
        String report = member.find("video").getAttribute("data-report-url");
        Object status = member.driver.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {method: 'POST', headers: {'Content-Type': 'application/json'},"
                        + " body: JSON.stringify({intervals: [[0, 20]], position: 20})}).then(r => done(r.status));",
                report);
        assertEquals(200L, status);

        admin.go(org);
        String list = admin.text(".member-table");
        assertTrue(list.contains("Örjan Åkesson") && list.contains("Pågår"), list);
        admin.go(org + "?state=IN_PROGRESS");
        assertEquals(1, admin.all(".member-table tbody tr").size());
        admin.go(org + "?q=" + "%C3%B6rjan");
        assertTrue(admin.text(".member-table").contains("Örjan"));
        admin.go(org);
        WebElement sortByProgress = admin.find("th[aria-label*='Klara moment'], th:nth-child(3)");
        sortByProgress.click();
        admin.await(10)
                .until(d -> "ascending".equals(admin.find("th:nth-child(3)").getAttribute("aria-sort")));
        both(admin, "org members");

        Web http = new Web(base);
        HttpResponse<byte[]> xlsx = http.getBytes(org + "/members.xlsx", "Cookie", admin.cookieHeader());
        assertEquals(200, xlsx.statusCode());
        Files.write(Path.of(System.getProperty("screenshots.dir", "target/screenshots"), "members.xlsx"), xlsx.body());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("Namn", sheet.getRow(0).getCell(0).getStringCellValue());
            boolean found = false;
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && first.equals(row.getCell(1).getStringCellValue())) {
                    assertEquals("Pågår", row.getCell(2).getStringCellValue());
                    found = true;
                }
            }
            assertTrue(found, "the new member is in the workbook");
            assertEquals(3, sheet.getLastRowNum(), "the administrator, the member and the one still invited");
        }
        HttpResponse<byte[]> csvExport =
                http.getBytes(org + "/members.csv?state=IN_PROGRESS", "Cookie", admin.cookieHeader());
        String exported = new String(csvExport.body(), StandardCharsets.UTF_8);
        assertTrue(exported.startsWith("\uFEFFNamn;E-post;"), exported);
        assertEquals(2, exported.split("\r\n").length, "the header and the one member in progress");

        admin.find(".member-table a[href*='/members/']").click();
        admin.await(10).until(d -> admin.path().contains("/members/"));
        both(admin, "org member");
        admin.clickAndLoad("#remove\\:submit");
        assertTrue(admin.text("#confirm-remove-error").contains("Kryssa i rutan"), "removal asks to be confirmed");

        admin.go(org + "/join-link");
        assertTrue(admin.find("#link").getAttribute("value").contains("/join/"));
        assertTrue((Boolean) admin.js("return document.querySelector('img.qr').naturalWidth > 0"), "the QR code loads");
        both(admin, "org join link");
        admin.go(org + "/settings");
        both(admin, "org settings");

        member.go("/account");
        assertTrue(member.text("#orgs-heading + p + ul, .org-memberships").contains(name));
        member.find(".org-memberships a.button").click();
        member.await(10).until(d -> !member.all("#leave\\:submit").isEmpty());
        both(member, "account leave");
        member.clickAndLoad("#leave\\:submit");
        assertTrue(member.text(".messages").contains("Du har lämnat " + name));
        assertTrue(member.all(".org-memberships li").isEmpty());

        everyOrganisationPageInEnglish(org, secondLink);
    }

    private void everyOrganisationPageInEnglish(String org, String invitation) {
        admin.go(org + "?lang=en");
        admin.await(10).until(d -> "en".equals(admin.find("html").getAttribute("lang")));
        assertEquals("Everyone on the list", admin.text("#members-heading"));
        for (String page : List.of("", "/enrol", "/join-link", "/settings")) {
            admin.go(org + page);
            admin.assertAccessible("organisation page " + page + " in English");
        }
        admin.go(org);
        admin.screenshot("org-members-en");
        admin.go("/org/new");
        admin.assertAccessible("new organisation in English");
        admin.go("/org");
        admin.assertAccessible("organisations in English");
        admin.screenshot("org-index-en");
        admin.go("/account");
        admin.assertAccessible("account in English");
        admin.go(org);
        admin.find(".member-table a[href*='/members/']").click();
        admin.await(10).until(d -> admin.path().contains("/members/"));
        admin.assertAccessible("member in English");
        admin.go(org + "/enrol");
        admin.find("#paste\\:addresses").sendKeys("Eve English <eve-" + UUID.randomUUID() + "@example.se>, broken@");
        admin.clickAndLoad("#paste\\:preview");
        assertTrue(admin.text(".status-counts").contains("1 Will be invited"), admin.text(".status-counts"));
        admin.assertAccessible("preview in English");
        admin.screenshot("enrol-preview-en");
        member.go(invitation + "?lang=en");
        member.await(10).until(d -> "en".equals(member.find("html").getAttribute("lang")));
        assertTrue(member.text(".consent").contains("never sees your answers"));
        member.assertAccessible("invitation, signed in, in English");
        member.screenshot("invitation-signed-in-en");
    }

    @Test
    void aNewPersonJoinsByTheJoinLinkWithTheKeyboardAlone() {
        admin = Browser.open(base);
        register(admin, "Bo Administratör", unique("admin"));
        admin.go("/org/new");
        tabTo(admin, "#organisation\\:name");
        admin.driver
                .switchTo()
                .activeElement()
                .sendKeys("Arbetsplatsen " + UUID.randomUUID().toString().substring(0, 4) + Keys.TAB);
        admin.driver.switchTo().activeElement().sendKeys("Arb" + Keys.TAB);
        admin.driver.switchTo().activeElement().sendKeys("Stockh");
        municipalitiesShown(27);
        admin.driver.switchTo().activeElement().sendKeys(Keys.TAB);
        admin.driver.switchTo().activeElement().sendKeys("Stockholm" + Keys.TAB);
        admin.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        admin.await(20).until(d -> admin.path().matches("/org/[0-9]+"));
        String org = admin.path();
        assertTrue(
                admin.text(".org-head").contains("Arbetsplats · Stockholm, Stockholms län"), admin.text(".org-head"));
        admin.go(org + "/join-link");
        String link = URI.create(admin.find("#link").getAttribute("value")).getPath();

        member = Browser.open(base);
        member.go(link);
        assertTrue(member.text(".consent").contains("Organisationen ser aldrig dina svar"));
        both(member, "join signed out");
        member.go(link + "?lang=en");
        member.assertAccessible("join link, signed out, in English");
        member.go(link + "?lang=sv");
        tabTo(member, "a[href*='/register?next=']");
        member.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        member.await(10).until(d -> member.path().startsWith("/register"));
        String email = unique("kollega");
        member.driver.switchTo().activeElement();
        tabTo(member, "#register\\:name");
        member.driver
                .switchTo()
                .activeElement()
                .sendKeys("Kim Kollega" + Keys.TAB + email + Keys.TAB + PASSWORD + Keys.ENTER);
        member.await(20).until(d -> member.path().startsWith("/registered"));
        tabTo(member, "#login");
        member.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        member.await(20).until(d -> member.path().startsWith("/login"));
        tabTo(member, "#login\\:email");
        member.driver.switchTo().activeElement().sendKeys(email + Keys.TAB + PASSWORD + Keys.ENTER);
        member.await(20).until(d -> member.path().equals(link));
        both(member, "join signed in");
        member.go(link + "?lang=en");
        member.assertAccessible("join link, signed in, in English");
        member.go(link + "?lang=sv");
        tabTo(member, "#join\\:submit");
        member.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        member.await(20).until(d -> member.path().startsWith("/course"));
        assertTrue(member.text(".notice").contains("Du är nu medlem"));

        admin.go(org);
        assertTrue(admin.text(".member-table").contains("Kim Kollega"));
        tabTo(admin, ".member-table th:nth-child(4)");
        admin.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        admin.await(10)
                .until(d -> "ascending"
                        .equals(admin.find(".member-table th:nth-child(4)").getAttribute("aria-sort")));
        admin.go(org + "/join-link");
        admin.clickAndLoad("#manage\\:renew");
        assertFalse(admin.find("#link").getAttribute("value").endsWith(link), "a renewed link is a new link");
        member.go(link);
        assertTrue(member.text("h1").contains("Länken fungerar inte"));
        both(member, "join link gone");
        member.go(link + "?lang=en");
        member.assertAccessible("join link gone in English");
    }

    /** Waits until the county's municipalities have replaced the whole list (an ajax update). */
    private void municipalitiesShown(int options) {
        admin.await(10)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> new Select(admin.find("#organisation\\:municipality"))
                                .getOptions()
                                .size()
                        == options);
    }

    /** Presses Tab until the element matching {@code css} has the focus. */
    private static void tabTo(Browser b, String css) {
        WebElement target = b.find(css);
        for (int i = 0; i < 60; i++) {
            if (target.equals(b.driver.switchTo().activeElement())) {
                return;
            }
            b.driver.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + css);
    }
}
