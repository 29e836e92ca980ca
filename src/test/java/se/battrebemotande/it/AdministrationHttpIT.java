package se.battrebemotande.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The administration over HTTP: every {@code /admin} address and action answers 404 to visitors,
 * learners and organisation administrators, and works for the site administrator.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdministrationHttpIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    private static String first(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), regex + " in\n" + text);
        return m.group(1);
    }

    /** Every administration page, with real ids where an address needs one. */
    private static List<String> pages(Web admin, String organisation, String other) {
        String users = admin.get("/admin/users?q=" + Administrator.EMAIL).body();
        String account = first(users, "/admin/users/([0-9]+)\"");
        List<String> pages = new ArrayList<>(List.of(
                "/admin/users",
                "/admin/users?q=ada",
                "/admin/users/" + account,
                "/admin/audit",
                "/admin/audit?action=ADMIN_GRANTED",
                "/admin/organisations",
                "/admin/organisations?q=f%C3%B6rening&county=25&kind=ASSOCIATION",
                "/admin/organisations/" + organisation,
                "/admin/organisations/" + organisation + "?q=olle&find=f%C3%B6rening",
                "/admin/organisations/" + organisation + "?merge=" + other,
                "/admin/organisations/" + organisation + "?merge=" + other + "&keep=" + other));
        return pages;
    }

    /** Every form of the administration, posted as its page would post it. */
    private static List<Map.Entry<String, Map<String, String>>> actions(String account, String organisation) {
        String viewState = "jakarta.faces.ViewState";
        return List.of(
                Map.entry("/admin/users/" + account, Map.of("role", "role", "role:grant", "x", viewState, "1:1")),
                Map.entry(
                        "/admin/organisations/" + organisation,
                        Map.of("admins", "admins", "admins:0:revoke", "x", viewState, "1:1")),
                Map.entry(
                        "/admin/organisations/" + organisation,
                        Map.of("members", "members", "members:table:0:make-admin", "x", viewState, "1:1")),
                Map.entry(
                        "/admin/organisations/" + organisation + "?merge=1",
                        Map.of("merge-form", "merge-form", "merge-form:confirm", "x", viewState, "1:1")));
    }

    /** Registers an organisation as a new learner; returns its id. */
    private String organisation(String name) {
        Web creator = new Web(base);
        creator.registerNewLearner("Skapare");
        HttpResponse<String> created = creator.submitPage(
                "/org/new",
                "organisation",
                "submit",
                Map.of("name", name, "kind", "ASSOCIATION", "county", "25", "municipality", "", "orgNumber", ""));
        assertEquals(302, created.statusCode(), created.body());
        return created.headers().firstValue("Location").orElseThrow().replaceAll(".*/org/([0-9]+).*", "$1");
    }

    @Test
    void everyAdministrationAddressIsNotFoundForAnyoneButAdministrators() {
        Web admin = new Web(base);
        admin.signInAsAdministrator();
        String organisation = organisation("Första föreningen");
        String second = organisation("Andra föreningen");
        List<String> pages = pages(admin, organisation, second);
        for (String page : pages) {
            HttpResponse<String> response = admin.get(page);
            assertEquals(200, response.statusCode(), page);
        }

        Web visitor = new Web(base);
        Web learner = new Web(base);
        String learnerEmail = learner.registerNewLearner("Lena Deltagare");
        Web organisationAdmin = new Web(base);
        organisationAdmin.registerNewLearner("Olle Organisatör");
        HttpResponse<String> created = organisationAdmin.submitPage(
                "/org/new",
                "organisation",
                "submit",
                Map.of(
                        "name",
                        "Olles förening",
                        "kind",
                        "ASSOCIATION",
                        "county",
                        "25",
                        "municipality",
                        "2584",
                        "orgNumber",
                        ""));
        assertEquals(302, created.statusCode(), created.body());
        String learnerId = first(admin.get("/admin/users?q=" + learnerEmail).body(), "/admin/users/([0-9]+)\"");

        for (Web other : List.of(learner, organisationAdmin)) {
            for (String page : pages) {
                assertEquals(404, other.get(page).statusCode(), page);
            }
            for (Map.Entry<String, Map<String, String>> action : actions(learnerId, organisation)) {
                assertEquals(
                        404, other.postForm(action.getKey(), action.getValue()).statusCode(), action.getKey());
            }
            assertTrue(!other.get("/course").body().contains("href=\"/admin\""), "no Administration link");
        }
        for (String page : pages) {
            int status = visitor.get(page).statusCode();
            assertTrue(status == 302 || status == 404, page + " answered " + status + " to a visitor");
        }
        assertTrue(admin.get("/course").body().contains("href=\"/admin\""), "the Administration link");
        assertTrue(
                admin.get("/admin/organisations/" + organisation).body().contains("Första föreningen"),
                "no action of theirs merged or changed the organisation");
        assertEquals(
                "LEARNER",
                admin.get("/admin/users/" + learnerId).body().contains("Administratör</dd>") ? "ADMIN" : "LEARNER",
                "no action of theirs made the learner an administrator");
    }
}
