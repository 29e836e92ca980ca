package se.battrebemotande.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 * The organisation addresses over HTTP: every page, action, export and upload of one organisation
 * answers 404 to anyone but its administrators; uploads that are not lists are refused with a reason
 * and leave nothing behind; links that no longer work say so; the pages keep a strict script policy.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrganisationHttpIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    /** A new administrator of a new organisation; returns the organisation's address. */
    private String organisation(Web web, String name) {
        web.registerNewLearner(name);
        HttpResponse<String> created = web.submitPage(
                "/org/new",
                "organisation",
                "submit",
                Map.of(
                        "name",
                        name + " AB",
                        "kind",
                        "WORKPLACE",
                        "county",
                        "14",
                        "municipality",
                        "1480",
                        "orgNumber",
                        ""));
        assertEquals(302, created.statusCode(), created.body());
        return created.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }

    private static String first(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), regex);
        return m.group(1);
    }

    @Test
    void everyAddressOfAnOrganisationIsNotFoundForAnyoneButItsAdministrators() {
        Web admin = new Web(base);
        String org = organisation(admin, "Anna");
        HttpResponse<String> uploaded = admin.upload(
                org + "/enrol/upload",
                "lista.csv",
                "Namn;E-post\nBo Ek;bo@example.se\n".getBytes(StandardCharsets.UTF_8),
                "Accept",
                "application/json");
        assertEquals(200, uploaded.statusCode(), uploaded.body());
        String preview = first(uploaded.body(), "\"location\":\"([^\"]+)\"");
        String memberPage = org + "/members/" + first(admin.get(org).body(), "/members/([0-9]+)\"");
        List<String> pages = List.of(
                org,
                org + "/enrol",
                preview,
                org + "/join-link",
                org + "/settings",
                memberPage,
                org + "/members.csv",
                org + "/members.xlsx",
                org + "/join-link.svg");
        for (String page : pages) {
            assertEquals(200, admin.get(page).statusCode(), page);
        }

        Web intruder = new Web(base);
        String own = organisation(intruder, "Ivar");
        Web learner = new Web(base);
        learner.registerNewLearner("Lena");
        for (Web other : List.of(intruder, learner)) {
            for (String page : pages) {
                assertEquals(404, other.get(page).statusCode(), page);
            }
            assertEquals(
                    404,
                    other.postForm(
                                    org,
                                    Map.of(
                                            "actions",
                                            "actions",
                                            "actions:remind",
                                            "x",
                                            "jakarta.faces.ViewState",
                                            "1:1"))
                            .statusCode());
            assertEquals(
                    404,
                    other.postForm(
                                    org + "/settings",
                                    Map.of(
                                            "admins",
                                            "admins",
                                            "admins:step-down",
                                            "x",
                                            "jakarta.faces.ViewState",
                                            "1:1"),
                                    "Faces-Request",
                                    "partial/ajax")
                            .statusCode());
            assertEquals(
                    404,
                    other.postForm(preview, Map.of("confirm", "confirm", "confirm:submit", "x"))
                            .statusCode());
            assertEquals(
                    404,
                    other.upload(org + "/enrol/upload", "x.csv", "a@b.se".getBytes(StandardCharsets.UTF_8))
                            .statusCode());
        }
        String ownMember = own + "/members/" + memberPage.substring(memberPage.lastIndexOf('/') + 1);
        assertEquals(404, intruder.get(ownMember).statusCode(), "another organisation's member under one's own");
        assertEquals(
                404,
                intruder.get(own + "/enrol/" + preview.substring(preview.lastIndexOf('/') + 1))
                        .statusCode());
        assertEquals(404, intruder.get("/org/999999999").statusCode());
        assertEquals(404, intruder.get("/org/abc").statusCode());

        Web visitor = new Web(base);
        HttpResponse<String> anonymous = visitor.get(org);
        assertEquals(302, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElse("").contains("/login"));
        assertEquals(200, admin.get(org).statusCode(), "the administrator still sees everything");
        assertTrue(admin.get(preview).body().contains("bo@example.se"), "nothing the intruders sent changed the list");
    }

    @Test
    void anUploadThatIsNotAListGetsAReasonAndCreatesNothing() {
        Web admin = new Web(base);
        String org = organisation(admin, "Uno");
        byte[] twenty = new byte[20 * 1024 * 1024];
        java.util.Arrays.fill(twenty, (byte) 'a');
        HttpResponse<String> large =
                admin.upload(org + "/enrol/upload", "stor.csv", twenty, "Accept", "application/json");
        assertEquals(400, large.statusCode());
        assertTrue(large.body().contains("för stor"), large.body());
        HttpResponse<String> plain = admin.upload(org + "/enrol/upload", "stor.csv", twenty);
        assertEquals(303, plain.statusCode(), "without scripts the page is shown again with the reason");
        String back = plain.headers().firstValue("Location").orElseThrow();
        assertTrue(back.endsWith(org + "/enrol?error=TOO_LARGE"), back);
        assertTrue(admin.get(org + "/enrol?error=TOO_LARGE").body().contains("Filen är för stor"));

        byte[] xlsx = {0x50, 0x4B, 0x03, 0x04, 0x14, 0, 6, 0};
        HttpResponse<String> workbook =
                admin.upload(org + "/enrol/upload", "lista.xlsx", xlsx, "Accept", "application/json");
        assertEquals(400, workbook.statusCode());
        assertTrue(workbook.body().contains("Excel-arbetsbok"), workbook.body());
        HttpResponse<String> empty =
                admin.upload(org + "/enrol/upload", "tom.csv", new byte[0], "Accept", "application/json");
        assertEquals(400, empty.statusCode());
        String[] listed = new String(admin.getBytes(org + "/members.csv").body(), StandardCharsets.UTF_8).split("\r\n");
        assertEquals(2, listed.length, "the heading and the administrator: nobody was enrolled");
        HttpResponse<String> english = admin.upload(
                org + "/enrol/upload", "lista.xlsx", xlsx, "Accept", "application/json", "Cookie", "lang=en");
        assertTrue(english.body().contains("Excel workbook"), english.body());
    }

    @Test
    void aTamperedOrganisationFormIsAnsweredBesideItsFieldsAndCreatesNothing() {
        Web web = new Web(base);
        web.registerNewLearner("Tore");
        HttpResponse<String> tampered = web.submitPage(
                "/org/new",
                "organisation",
                "submit",
                Map.of(
                        "name",
                        "Tore AB",
                        "kind",
                        "NUCLEAR",
                        "county",
                        "99",
                        "municipality",
                        "2584",
                        "orgNumber",
                        "811218-9876"));
        assertEquals(200, tampered.statusCode());
        String body = tampered.body();
        assertTrue(first(body, "id=\"kind-error\">(.*?)</span>").contains("Välj ett av alternativen"), body);
        assertTrue(first(body, "id=\"county-error\">(.*?)</span>").contains("Välj ett av alternativen"), body);
        HttpResponse<String> wrongPlace = web.submitPage(
                "/org/new",
                "organisation",
                "submit",
                Map.of(
                        "name",
                        "Tore AB",
                        "kind",
                        "MUNICIPALITY",
                        "county",
                        "01",
                        "municipality",
                        "2584",
                        "orgNumber",
                        "811218-9876"));
        assertTrue(first(wrongPlace.body(), "id=\"municipality-error\">(.*?)</span>")
                .contains("ligger inte i det län"));
        assertTrue(
                first(wrongPlace.body(), "id=\"orgNumber-error\">(.*?)</span>").contains("personnummer"));
        assertFalse(web.get("/org").body().contains("Tore AB"), "nothing was created");
    }

    @Test
    void linksThatNoLongerWorkSaySoWithNotFound() {
        Web visitor = new Web(base);
        HttpResponse<String> join = visitor.get("/join/NoSuchCode1");
        assertEquals(404, join.statusCode());
        assertTrue(join.body().contains("Länken fungerar inte"));
        HttpResponse<String> invitation = visitor.get("/invitation/not-a-real-token-at-all");
        assertEquals(404, invitation.statusCode());
        assertTrue(invitation.body().contains("Inbjudan fungerar inte"));
        assertFalse(join.body().contains("at se.battrebemotande"), "no stack trace");
    }

    @Test
    void organisationPagesRunOnlyScriptsThatCarryTheirNonce() {
        Web admin = new Web(base);
        String org = organisation(admin, "Nora");
        for (String page : List.of(org, "/org/new", org + "/settings")) {
            HttpResponse<String> response = admin.get(page);
            String policy =
                    response.headers().firstValue("Content-Security-Policy").orElseThrow();
            String scripts = policy.substring(policy.indexOf("script-src"));
            assertFalse(scripts.contains("unsafe-inline"), policy);
            String nonce = first(scripts, "'nonce-([^']+)'");
            Matcher inline = Pattern.compile("<script(?![^>]*\\bsrc=)([^>]*)>").matcher(response.body());
            int count = 0;
            while (inline.find()) {
                assertTrue(inline.group(1).contains("nonce=\"" + nonce + "\""), page + ": " + inline.group());
                count++;
            }
            assertTrue(count > 0, page + " has its widget scripts");
            assertEquals(
                    1, response.headers().allValues("Content-Security-Policy").size(), "one policy, not two");
        }
    }
}
