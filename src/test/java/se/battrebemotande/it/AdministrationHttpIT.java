package se.battrebemotande.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
        return Deployments.war().addClasses(CourseWork.class, CourseWorkServlet.class, TestClock.class);
    }

    @ArquillianResource
    URL base;

    private static String first(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), regex + " in\n" + text);
        return m.group(1);
    }

    /** Every administration page, with real ids where an address needs one. */
    static List<String> pages(Web admin, String diploma, String organisation, String other) {
        String users = admin.get("/admin/users?q=" + Administrator.EMAIL).body();
        String account = first(users, "/admin/users/([0-9]+)\"");
        List<String> pages = new ArrayList<>(List.of(
                "/admin/users",
                "/admin/users?q=ada",
                "/admin/users/" + account,
                "/admin/diplomas",
                "/admin/diplomas?q=a&state=REVOKED",
                "/admin/diplomas/" + diploma,
                "/admin/audit",
                "/admin/audit?action=ADMIN_GRANTED",
                "/admin/organisations",
                "/admin/organisations?q=f%C3%B6rening&county=25&kind=ASSOCIATION",
                "/admin/organisations/" + organisation,
                "/admin/organisations/" + organisation + "?q=olle&find=f%C3%B6rening",
                "/admin/organisations/" + organisation + "?merge=" + other,
                "/admin/organisations/" + organisation + "?merge=" + other + "&keep=" + other,
                "/admin",
                "/admin?from=2026-01-01&until=2026-03-31&county=25&kind=ASSOCIATION&per=month",
                "/admin?from=not-a-date",
                "/admin/where",
                "/admin/where?q=a",
                "/admin/funnel",
                "/admin/questions"));
        String step = first(admin.get("/admin/content").body(), "/admin/content/steps/([0-9]+)\"");
        String question =
                first(admin.get("/admin/content/steps/" + step).body(), "/admin/content/questions/([0-9]+)\"");
        pages.addAll(List.of(
                "/admin/content",
                "/admin/content/steps/" + step,
                "/admin/content/steps/" + step + "/preview",
                "/admin/content/steps/" + step + "/questions/new",
                "/admin/content/questions/" + question,
                "/admin/content/import",
                "/admin/content/import?source=folder",
                "/admin/content/package.zip"));
        for (String table : List.of("overview", "time", "counties", "kinds", "organisations", "funnel", "questions")) {
            pages.add("/admin/statistics/" + table + ".csv");
            pages.add("/admin/statistics/" + table + ".xlsx");
        }
        return pages;
    }

    /** Every form of the administration, posted as its page would post it. */
    private static List<Map.Entry<String, Map<String, String>>> actions(
            String account, String diploma, String organisation) {
        return List.of(
                Map.entry(
                        "/admin/users/" + account,
                        Map.of("role", "role", "role:grant", "x", "jakarta.faces.ViewState", "1:1")),
                Map.entry("/admin/content/package", Map.of("package", "x")),
                Map.entry("/admin/content/steps/1/media", Map.of("film", "x")),
                Map.entry(
                        "/admin/content/steps/1",
                        Map.of("texts", "texts", "texts:save", "x", "jakarta.faces.ViewState", "1:1")),
                Map.entry(
                        "/admin/content/import?source=folder",
                        Map.of("decide", "decide", "decide:confirm", "x", "jakarta.faces.ViewState", "1:1")),
                Map.entry(
                        "/admin/organisations/" + organisation,
                        Map.of("admins", "admins", "admins:0:revoke", "x", "jakarta.faces.ViewState", "1:1")),
                Map.entry(
                        "/admin/organisations/" + organisation,
                        Map.of(
                                "members",
                                "members",
                                "members:table:0:make-admin",
                                "x",
                                "jakarta.faces.ViewState",
                                "1:1")),
                Map.entry(
                        "/admin/organisations/" + organisation + "?merge=1",
                        Map.of(
                                "merge-form",
                                "merge-form",
                                "merge-form:confirm",
                                "x",
                                "jakarta.faces.ViewState",
                                "1:1")),
                Map.entry(
                        "/admin/diplomas/" + diploma,
                        Map.of(
                                "revoke",
                                "revoke",
                                "revoke:reason",
                                "not theirs to revoke",
                                "revoke:submit",
                                "x",
                                "jakarta.faces.ViewState",
                                "1:1")),
                Map.entry(
                        "/admin/diplomas/" + diploma,
                        Map.of(
                                "reissue",
                                "reissue",
                                "reissue:name",
                                "Someone Else",
                                "reissue:submit",
                                "x",
                                "jakarta.faces.ViewState",
                                "1:1")),
                Map.entry(
                        "/admin/where",
                        Map.of(
                                "organisations",
                                "organisations",
                                "jakarta.faces.partial.ajax",
                                "true",
                                "jakarta.faces.source",
                                "organisations:table",
                                "organisations:table_pagination",
                                "true",
                                "organisations:table_first",
                                "25",
                                "organisations:table_rows",
                                "25",
                                "jakarta.faces.ViewState",
                                "1:1")));
    }

    /** A learner who has completed the course; returns the code of their course diploma. */
    private String diplomaOfNewLearner(Web admin) {
        Web holder = new Web(base);
        String email = holder.registerNewLearner("Dina Diplomerad");
        HttpResponse<String> done = holder.postForm("/test-support/complete-course", Map.of("email", email));
        assertEquals(200, done.statusCode(), done.body());
        return first(admin.get("/admin/diplomas?q=" + email).body(), "/admin/diplomas/([0-9A-Z-]{17})\"");
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

    /** Who may open an address, and what everyone else gets. */
    private enum Access {
        /** Anyone: 200. */
        PUBLIC,
        /** Visitors: 200; signed-in people are sent on (302). */
        VISITORS,
        /** Not there for anyone (an unknown link): 404. */
        NOBODY,
        /** Any signed-in person: 200; visitors are sent to log in. */
        LEARNERS,
        /** Only its owner, the first learner: 200; other signed-in people 404; visitors log in. */
        OWNER,
        /** Only the organisation's administrator: 200; other signed-in people 404; visitors log in. */
        ORGANISATION_ADMIN,
        /** Only site administrators: 200; other signed-in people 404; visitors log in. */
        SITE_ADMIN
    }

    /**
     * The access table of the whole site (issue 9): every address, as a visitor, a learner, another
     * learner, an organisation's administrator and a site administrator, each answered as its row
     * says and never with a server error.
     */
    @Test
    void everyAddressAnswersEachKindOfVisitorAsTheAccessTableSays() {
        Web admin = new Web(base);
        admin.signInAsAdministrator();
        Web owner = new Web(base);
        String ownerEmail = owner.registerNewLearner("Ägare Åkesson");
        assertEquals(
                200,
                owner.postForm("/test-support/complete-course", Map.of("email", ownerEmail))
                        .statusCode());
        String code = first(owner.get("/diplomas").body(), "/diplomas/pdf/([0-9A-Z-]{17})\\.pdf");
        Web other = new Web(base);
        other.registerNewLearner("Annan Andersson");
        Web organisationAdmin = new Web(base);
        organisationAdmin.registerNewLearner("Olga Organisatör");
        HttpResponse<String> created = organisationAdmin.submitPage(
                "/org/new",
                "organisation",
                "submit",
                Map.of(
                        "name",
                        "Olgas förening",
                        "kind",
                        "ASSOCIATION",
                        "county",
                        "25",
                        "municipality",
                        "",
                        "orgNumber",
                        ""));
        String org = created.headers().firstValue("Location").orElseThrow().replaceAll(".*(/org/[0-9]+).*", "$1");
        String organisation = org.substring("/org/".length());
        String second = organisation("Andra föreningen");
        String stepPage = first(owner.get("/course").body(), "href=\"(/course/[a-z0-9-]+/[a-z0-9-]+)\"");
        String film = first(owner.get(stepPage).body(), "src=\"(/media/[^\"]+)\"");

        Map<String, Access> table = new LinkedHashMap<>();
        for (String page : List.of(
                "/",
                "/verify",
                "/verify/" + code,
                "/accessibility",
                "/privacy",
                "/password/forgot",
                "/registered",
                "/account-deleted")) {
            table.put(page, Access.PUBLIC);
        }
        table.put("/login", Access.VISITORS);
        table.put("/register", Access.VISITORS);
        for (String page : List.of(
                "/password/reset/inte-en-riktig-lank", "/email/confirm/inte-en-riktig-lank",
                "/invitation/inte-en-riktig-lank", "/finns-inte")) {
            table.put(page, Access.NOBODY);
        }
        for (String page : List.of(
                "/course", stepPage, stepPage + "/test", "/diplomas", "/account", "/account/data", "/org/new", film)) {
            table.put(page, Access.LEARNERS);
        }
        table.put("/diplomas/pdf/" + code + ".pdf", Access.OWNER);
        for (String page : List.of(
                org,
                org + "/enrol",
                org + "/join-link",
                org + "/join-link.svg",
                org + "/settings",
                org + "/members.csv",
                org + "/members.xlsx")) {
            table.put(page, Access.ORGANISATION_ADMIN);
        }
        for (String page : pages(admin, code, organisation, second)) {
            table.put(page, Access.SITE_ADMIN);
        }

        Map<String, Web> people = new LinkedHashMap<>();
        people.put("visitor", new Web(base));
        people.put("learner", owner);
        people.put("another learner", other);
        people.put("organisation administrator", organisationAdmin);
        people.put("site administrator", admin);
        List<String> wrong = new ArrayList<>();
        table.forEach((page, access) -> people.forEach((who, web) -> {
            HttpResponse<String> response = web.get(page);
            int expected = expected(access, who);
            int status = response.statusCode();
            boolean toLogin =
                    response.headers().firstValue("Location").orElse("").contains("/login");
            if (status != expected
                    || (expected == 302 && who.equals("visitor") && access != Access.VISITORS && !toLogin)) {
                wrong.add(page + " as " + who + ": " + status + " (expected " + expected + ", " + access + ")");
            }
        }));
        assertTrue(wrong.isEmpty(), table.size() + " addresses, wrong answers:\n" + String.join("\n", wrong));
    }

    private static int expected(Access access, String who) {
        boolean visitor = who.equals("visitor");
        return switch (access) {
            case PUBLIC -> 200;
            case NOBODY -> 404;
            case VISITORS -> visitor ? 200 : 302;
            case LEARNERS -> visitor ? 302 : 200;
            case OWNER -> visitor ? 302 : who.equals("learner") ? 200 : 404;
            case ORGANISATION_ADMIN -> visitor ? 302 : who.equals("organisation administrator") ? 200 : 404;
            case SITE_ADMIN -> visitor ? 302 : who.equals("site administrator") ? 200 : 404;
        };
    }

    @Test
    void everyAdministrationAddressIsNotFoundForAnyoneButAdministrators() {
        Web admin = new Web(base);
        admin.signInAsAdministrator();
        String diploma = diplomaOfNewLearner(admin);
        String organisation = organisation("Första föreningen");
        String second = organisation("Andra föreningen");
        List<String> pages = pages(admin, diploma, organisation, second);
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
            for (Map.Entry<String, Map<String, String>> action : actions(learnerId, diploma, organisation)) {
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
        String shown = admin.get("/admin/diplomas/" + diploma).body();
        assertTrue(
                shown.contains("state-VALID") && !shown.contains("Someone Else"),
                "no action of theirs changed the diploma");
    }
}
