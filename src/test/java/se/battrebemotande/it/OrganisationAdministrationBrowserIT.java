package se.battrebemotande.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The county board's administrator looks after organisations in a real browser: finds one by name,
 * opens it, makes a member an administrator and removes another, finds the duplicate registration,
 * previews the merge both ways and merges; the duplicate's old address then leads to the kept one.
 * axe-core on every page in Swedish and English, screenshots, and the search, opening and merging
 * done again with the keyboard alone.
 */
@ExtendWith({ArquillianExtension.class, ScreenshotOnFailure.class})
@RunAsClient
class OrganisationAdministrationBrowserIT implements ScreenshotOnFailure.HasBrowser {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    Browser admin;

    @Override
    public Browser browser() {
        return admin;
    }

    @AfterEach
    void closeBrowser() {
        if (admin != null) {
            admin.close();
        }
    }

    /** A new person registers an organisation over HTTP; returns its id and its join link's path. */
    private String[] organisation(Web creator, String name, String kind, String county) {
        HttpResponse<String> created = creator.submitPage(
                "/org/new",
                "organisation",
                "submit",
                Map.of("name", name, "kind", kind, "county", county, "municipality", "", "orgNumber", ""));
        assertEquals(302, created.statusCode(), created.body());
        String id = created.headers().firstValue("Location").orElseThrow().replaceAll(".*/org/([0-9]+).*", "$1");
        String page = creator.get("/org/" + id + "/join-link").body();
        Matcher link = Pattern.compile("(/join/[A-Za-z0-9]+)").matcher(page);
        assertTrue(link.find(), page);
        return new String[] {id, link.group(1)};
    }

    private Web person(String name) {
        Web web = new Web(base);
        web.registerNewLearner(name);
        return web;
    }

    private static void join(Web person, String link) {
        assertEquals(302, person.submit(link, "join", "submit", Map.of()).statusCode(), link);
    }

    private void checked(String page) {
        admin.assertAccessible(page);
        admin.screenshot(page.replace(' ', '-'));
    }

    /** The same address in English, checked with axe, then back to Swedish. */
    private void inEnglish(String page) {
        String path = admin.path().replaceAll("#.*", "");
        admin.go(path + (path.contains("?") ? "&" : "?") + "lang=en");
        admin.await(10).until(d -> "en".equals(admin.find("html").getAttribute("lang")));
        admin.assertAccessible(page + " in English");
        admin.screenshot(page.replace(' ', '-') + "-en");
        admin.go(path + (path.contains("?") ? "&" : "?") + "lang=sv");
    }

    @Test
    void anAdministratorFindsAnOrganisationChangesItsAdministratorsAndMergesItsDuplicate() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Web first = person("Fia Första");
        String[] kept = organisation(first, "Malmö Språkcafé " + tag, "ASSOCIATION", "12");
        Web second = person("Sam Andra");
        String[] duplicate = organisation(second, "malmö språkcafé " + tag, "ASSOCIATION", "12");
        Web member = person("Mira Medlem");
        join(member, kept[1]);
        Web other = person("Olle Övrig");
        join(other, kept[1]);
        join(other, duplicate[1]);

        admin = Browser.open(base);
        admin.signInAsAdministrator();
        admin.go("/admin/organisations");
        assertEquals("Organisationer", admin.text("h1"));
        checked("admin organisations");
        inEnglish("admin organisations");

        admin.find("#q").sendKeys("Språkcafé " + tag);
        admin.clickAndLoad(".filters button[type=submit]");
        assertEquals(2, admin.all(".org-table tbody tr").size(), admin.text(".org-table"));
        assertTrue(admin.text(".org-table").contains("Skåne län"), admin.text(".org-table"));
        checked("admin organisations search");
        admin.clickAndLoad(".org-table a[href$='/admin/organisations/" + kept[0] + "']");
        assertEquals("Malmö Språkcafé " + tag, admin.text("h1"));
        assertTrue(admin.text(".admin-list").contains("Fia Första"));
        assertTrue(admin.text(".member-table").contains("Mira Medlem"));
        assertTrue(admin.text("#admins-heading + form + p").contains("enda administratör"), "the only one stays");
        checked("admin organisation");
        inEnglish("admin organisation");

        admin.clickAndLoad("input[aria-label='Gör Mira Medlem till administratör']");
        assertTrue(admin.text(".messages").contains("är nu administratör"), admin.text(".messages"));
        assertTrue(admin.text(".admin-list").contains("Mira Medlem"));
        admin.clickAndLoad("input[aria-label='Ta bort Fia Första som administratör']");
        assertTrue(admin.text(".messages").contains("inte längre administratör"), admin.text(".messages"));
        assertFalse(admin.text(".admin-list").contains("Fia Första"));
        assertTrue(admin.all(".admin-list input").isEmpty(), "the last administrator has no remove button");
        checked("admin organisation admins changed");

        admin.clickAndLoad(".merge .candidates a[href$='?merge=" + duplicate[0] + "#merge']");
        String plan = admin.text(".merge-plan");
        assertTrue(
                plan.contains("En medlem flyttas, bland dem en administratör som blir administratör även här."), plan);
        assertTrue(plan.contains("En person finns i båda"), plan);
        assertTrue(admin.text(".merge .confirm")
                .contains("malmö språkcafé " + tag + " slås ihop med Malmö Språkcafé " + tag));
        checked("admin organisation merge preview");
        inEnglish("admin organisation merge preview");

        admin.find("#keep-other").click();
        admin.clickAndLoad("#show-preview");
        assertTrue(admin.text(".merge .confirm")
                .contains("Malmö Språkcafé " + tag + " slås ihop med malmö språkcafé " + tag));
        assertTrue(admin.text(".merge-plan").contains("2 medlemmar flyttas"), "Fia and Mira would move the other way");
        admin.find("#keep-this").click();
        admin.clickAndLoad("#show-preview");
        admin.clickAndLoad("#merge-form\\:confirm");
        assertEquals("/admin/organisations/" + kept[0], admin.path());
        assertTrue(admin.text(".messages").contains("är nu en del av Malmö Språkcafé " + tag), admin.text(".messages"));
        assertTrue(admin.text(".member-table").contains("Sam Andra"), "the duplicate's administrator moved");
        assertEquals(
                1,
                admin.all(".member-table tbody tr").stream()
                        .filter(r -> r.getText().contains("Olle Övrig"))
                        .count(),
                "Olle once");
        assertTrue(admin.text(".admin-list").contains("Sam Andra"), "still an administrator");
        checked("admin organisation merged");

        admin.go("/admin/organisations/" + duplicate[0]);
        assertEquals("/admin/organisations/" + kept[0], admin.path(), "the old address leads to the kept one");
        assertTrue(admin.text(".messages").contains("slagits ihop"));
        admin.go("/admin/audit?action=ORGANISATIONS_MERGED&subject=" + kept[0]);
        assertTrue(
                admin.text(".member-table").contains("(#" + duplicate[0] + ") merged into"),
                admin.text(".member-table"));

        Web newcomer = person("Nils Nykomling");
        join(newcomer, duplicate[1]);
        admin.go("/admin/organisations/" + kept[0] + "?q=Nils");
        assertTrue(admin.text(".member-table").contains("Nils Nykomling"), "the old join link joins the kept one");
    }

    @Test
    void theSearchTheOrganisationAndAMergeWorkWithTheKeyboardAlone() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Web creator = person("Kaj Kvar");
        String[] kept = organisation(creator, "Tangentföreningen " + tag, "WORKPLACE", "01");
        String[] duplicate = organisation(person("Dag Dubblett"), "Tangentföreningen  " + tag, "WORKPLACE", "01");

        admin = Browser.open(base);
        admin.signInAsAdministrator();
        admin.go("/admin/organisations");
        tabTo("#q");
        active().sendKeys("Tangentföreningen " + tag + Keys.ENTER);
        admin.await(20).until(d -> admin.path().startsWith("/admin/organisations?q="));
        tabTo(".org-table a[href$='/admin/organisations/" + kept[0] + "']");
        active().sendKeys(Keys.ENTER);
        admin.await(20).until(d -> admin.path().equals("/admin/organisations/" + kept[0]));

        tabTo("#find");
        active().sendKeys("Tangentföreningen" + Keys.ENTER);
        admin.await(20).until(d -> admin.path().contains("find="));
        assertTrue(admin.text(".merge [role=status]").contains("hittades"), admin.text(".merge"));
        tabTo(".merge .candidates a[href$='?merge=" + duplicate[0] + "#merge']");
        active().sendKeys(Keys.ENTER);
        admin.await(20).until(d -> admin.path().contains("merge=" + duplicate[0]));
        tabTo("#merge-form\\:confirm");
        active().sendKeys(Keys.ENTER);
        admin.await(20).until(d -> admin.path().equals("/admin/organisations/" + kept[0]));
        assertTrue(admin.text(".admin-list").contains("Dag Dubblett"), admin.text(".admin-list"));
        assertTrue(admin.text(".admin-list").contains("Kaj Kvar"));
        checked("admin organisation merged by keyboard");
    }

    private WebElement active() {
        return admin.driver.switchTo().activeElement();
    }

    /** Presses Tab until the element matching {@code css} has the focus. */
    private void tabTo(String css) {
        WebElement target = admin.find(css);
        for (int i = 0; i < 120; i++) {
            if (target.equals(active())) {
                return;
            }
            active().sendKeys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + css);
    }
}
