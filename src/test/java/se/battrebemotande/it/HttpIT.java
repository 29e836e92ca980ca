package se.battrebemotande.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.battrebemotande.course.pkg.CoursePackage;
import se.battrebemotande.course.pkg.CoursePackage.StepSpec;
import se.battrebemotande.course.pkg.CoursePackageReader;
import se.battrebemotande.diploma.VerificationCode;

/** The application over HTTP, as a browser sees it: accounts, security, media, the progress API. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HttpIT {
    static final CoursePackage COURSE = CoursePackageReader.read(Path.of("media"));
    static final StepSpec FIRST_STEP = COURSE.parts().get(0).steps().get(0);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war().addClasses(SessionAgeServlet.class);
    }

    @ArquillianResource
    URL base;

    Web web;

    @BeforeEach
    void visitor() {
        web = new Web(base);
    }

    @Test
    void theStartPageIsPublicSessionlessAndSendsSecurityHeaders() {
        HttpResponse<String> page = web.get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Bättre bemötande"));
        assertTrue(page.body().contains("Introduktion")
                && page.body().contains("Asylprocessen")
                && page.body().contains("Kulturkunskap"));
        assertTrue(
                page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        assertEquals(
                "nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(null));
        assertTrue(page.headers().allValues("Set-Cookie").isEmpty(), "no session for an anonymous visitor");
    }

    @Test
    void learnerPagesMediaAndApiRequireLogin() {
        for (String path : List.of(
                "/course",
                "/diplomas",
                "/course/" + COURSE.parts().get(0).slug() + "/" + FIRST_STEP.slug(),
                "/media/" + FIRST_STEP.film().file())) {
            HttpResponse<String> response = web.get(path);
            assertEquals(302, response.statusCode(), path);
            assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/login"), path);
        }
        assertNotEquals(
                200, web.postJson("/api/progress/1", "{\"intervals\":[[0,10]]}").statusCode());
    }

    @Test
    void registrationExplainsEachProblemBesideItsField() {
        HttpResponse<String> page = web.submit(
                "/register", "register", "submit", Map.of("name", " ", "email", "inte-en-adress", "password", "kort"));
        assertEquals(200, page.statusCode());
        String body = page.body();
        assertTrue(body.contains("id=\"name-error\">Skriv ditt namn"), body);
        assertTrue(body.contains("id=\"email-error\">Skriv en giltig e-postadress"), body);
        assertTrue(body.contains("id=\"password-error\">Lösenordet måste ha minst 10 tecken"), body);
        assertTrue(body.contains("aria-invalid=\"true\""));
        assertEquals(302, web.get("/course").statusCode(), "nobody was signed in");

        HttpResponse<String> tooLong = web.submit(
                "/register",
                "register",
                "submit",
                Map.of("name", "x".repeat(201), "email", "lang@example.se", "password", "ett långt lösenord"));
        assertTrue(tooLong.body().contains("Namnet får vara högst 200 tecken"), tooLong.body());

        HttpResponse<String> unprintable = web.submit(
                "/register",
                "register",
                "submit",
                Map.of("name", "محمد", "email", "skrift@example.se", "password", "ett långt lösenord"));
        assertTrue(
                unprintable.body().contains("inte kan skrivas ut på diplomet"),
                "review L2: " + unprintable.statusCode() + " " + main(unprintable.body()));
        HttpResponse<String> bidi = web.submit(
                "/register",
                "register",
                "submit",
                Map.of("name", "Kim \u202eBerg", "email", "bidi@example.se", "password", "ett långt lösenord"));
        assertTrue(
                bidi.body().contains("Namnet innehåller tecken som inte kan stå på ett diplom")
                        || bidi.body().contains("inte kan skrivas ut på diplomet"),
                "review L2: a bidi override is refused");
    }

    @Test
    void registrationDoesNotTellWhetherAnAddressHasAnAccount() {
        String email = web.registerNewLearner("Första Person");
        Web other = new Web(base);
        HttpResponse<String> again = other.submit(
                "/register",
                "register",
                "submit",
                Map.of("name", "Andra Person", "email", email.toUpperCase(), "password", "ett annat långt lösenord"));
        HttpResponse<String> fresh = new Web(base)
                .submit(
                        "/register",
                        "register",
                        "submit",
                        Map.of(
                                "name",
                                "Tredje Person",
                                "email",
                                "ny-" + UUID.randomUUID() + "@example.se",
                                "password",
                                "ett annat långt lösenord"));
        assertEquals(302, again.statusCode(), again.body());
        assertEquals(fresh.statusCode(), again.statusCode());
        assertEquals(
                fresh.headers().firstValue("Location"),
                again.headers().firstValue("Location"),
                "both go to the page that says a mail is on its way");
        assertEquals(302, other.get("/course").statusCode(), "nobody signs in by registering");
        HttpResponse<String> wrong = new Web(base)
                .submit("/login", "login", "submit", Map.of("email", email, "password", "ett annat långt lösenord"));
        assertTrue(
                wrong.body().contains("E-postadressen eller lösenordet stämmer inte"),
                "the second registration changed nothing: its password does not log in");
        new Web(base).signIn(email, "ett långt lösenord");
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneWaitsItsTurn() throws InterruptedException {
        String email = web.registerNewLearner("Gissad Person");
        Web guesser = new Web(base);
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> wrong = guesser.submit(
                    "/login", "login", "submit", Map.of("email", email, "password", "gissning nummer " + i));
            assertTrue(wrong.body().contains("E-postadressen eller lösenordet stämmer inte"), "try " + i);
        }
        HttpResponse<String> held = guesser.submit(
                "/login", "login", "submit", Map.of("email", email.toUpperCase(), "password", "ett långt lösenord"));
        assertEquals(200, held.statusCode());
        assertTrue(held.body().contains("För många misslyckade inloggningar"), "review M2: " + main(held.body()));
        HttpResponse<String> course = guesser.get("/course");
        assertTrue(
                course.statusCode() == 302 || !course.body().contains("Välkommen"),
                "the right password was not even checked: " + course.statusCode() + " " + main(course.body()));
        Thread.sleep(1200);
        guesser.signIn(email, "ett långt lösenord");
        assertEquals(200, guesser.get("/course").statusCode(), "after the pause it works");
    }

    @Test
    void parallelRegistrationsWithOneAddressAreAllAnsweredCalmly() throws Exception {
        String email = "samtidig-" + UUID.randomUUID() + "@example.se";
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                String name = "Samtidig " + i;
                answers.add(pool.submit(() -> new Web(base)
                        .submit(
                                "/register",
                                "register",
                                "submit",
                                Map.of("name", name, "email", email, "password", "ett långt lösenord"))
                        .statusCode()));
            }
            for (Future<Integer> answer : answers) {
                assertEquals(302, answer.get(), "the same calm answer, never a server error (review L4)");
            }
        } finally {
            pool.shutdown();
        }
        new Web(base).signIn(email, "ett långt lösenord");
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailGetTheSameAnswer() {
        String email = web.registerNewLearner("Kim Svensson");
        Web visitor = new Web(base);
        String wrongPassword = visitor.submit(
                        "/login", "login", "submit", Map.of("email", email, "password", "fel lösenord här"))
                .body();
        String unknownEmail = visitor.submit(
                        "/login", "login", "submit", Map.of("email", "ingen-" + email, "password", "fel lösenord här"))
                .body();
        String message = "E-postadressen eller lösenordet stämmer inte.";
        assertTrue(wrongPassword.contains(message));
        assertTrue(unknownEmail.contains(message));
        String nonce = "name=\"primefaces.nonce\" value=\"[^\"]*\"";
        assertEquals(
                main(wrongPassword).replace(email, "EMAIL").replaceAll(nonce, ""),
                main(unknownEmail).replace("ingen-" + email, "EMAIL").replaceAll(nonce, ""),
                "nothing tells the two apart but each page's own script nonce");
    }

    @Test
    void loginGivesANewSessionIdInAnHttpOnlySameSiteCookie() {
        String email = web.registerNewLearner("Alex Berg");
        Web visitor = new Web(base);
        HttpResponse<String> protectedPage = visitor.get("/course");
        assertEquals(302, protectedPage.statusCode());
        String before = visitor.cookie("JSESSIONID");
        assertNotNull(before, "the page asked for is remembered in a session");
        HttpResponse<String> login =
                visitor.submit("/login", "login", "submit", Map.of("email", email, "password", "ett långt lösenord"));
        assertEquals(302, login.statusCode());
        assertTrue(login.headers().firstValue("Location").orElse("").endsWith("/course"));
        String after = visitor.cookie("JSESSIONID");
        assertNotEquals(before, after, "the session id changes at login");
        String setCookie = login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.toLowerCase().contains("samesite=lax"), setCookie);
        assertEquals(200, visitor.get("/course").statusCode());
        assertEquals(302, visitor.postForm("/logout", Map.of()).statusCode());
        assertEquals(302, visitor.get("/course").statusCode(), "logged out");
    }

    @Test
    void aGetOfTheLogoutAddressOnlyAsksAndNeverEndsTheSession() {
        web.registerNewLearner("Utloggning Testare");
        HttpResponse<String> crossSite = web.get("/logout", "Sec-Fetch-Site", "cross-site");
        HttpResponse<String> plain = web.get("/logout");
        for (HttpResponse<String> page : List.of(crossSite, plain)) {
            assertEquals(200, page.statusCode(), page.body());
            assertTrue(page.body().contains("<form id=\"logout\" method=\"post\" action=\"/logout\""), page.body());
            assertTrue(page.body().contains("Vill du logga ut?"), page.body());
        }
        assertEquals(200, web.get("/course").statusCode(), "still signed in after two GETs of /logout");
        assertEquals(302, web.postForm("/logout", Map.of()).statusCode());
        assertEquals(302, web.get("/course").statusCode(), "the button logs out");
        HttpResponse<String> nobody = new Web(base).get("/logout");
        assertEquals(302, nobody.statusCode());
        assertTrue(nobody.headers().allValues("Set-Cookie").isEmpty(), "no session for a visitor");
    }

    @Test
    void aFormPostedFromAnotherSiteIsRefused() {
        HttpResponse<String> response = web.postForm(
                "/login",
                Map.of(
                        "login",
                        "login",
                        "login:email",
                        "a@b.se",
                        "login:password",
                        "x",
                        "login:submit",
                        "x",
                        "jakarta.faces.ViewState",
                        "stateless"),
                "Sec-Fetch-Site",
                "cross-site");
        assertEquals(403, response.statusCode());
    }

    @Test
    void filmsAreServedInRangesWithValidators() throws IOException {
        web.registerNewLearner("Media Testare");
        String film = "/media/" + FIRST_STEP.film().file();
        long length = Files.size(Path.of("media").resolve(FIRST_STEP.film().file()));

        HttpResponse<byte[]> whole = web.getBytes(film);
        assertEquals(200, whole.statusCode());
        assertEquals("video/mp4", whole.headers().firstValue("Content-Type").orElse(""));
        assertEquals(length, whole.body().length);
        assertEquals("bytes", whole.headers().firstValue("Accept-Ranges").orElse(""));
        String etag = whole.headers().firstValue("ETag").orElseThrow();
        String lastModified = whole.headers().firstValue("Last-Modified").orElseThrow();

        HttpResponse<byte[]> start = web.getBytes(film, "Range", "bytes=0-1023");
        assertEquals(206, start.statusCode());
        assertEquals(
                "bytes 0-1023/" + length,
                start.headers().firstValue("Content-Range").orElse(""));
        assertTrue(Arrays.equals(Arrays.copyOfRange(whole.body(), 0, 1024), start.body()));

        HttpResponse<byte[]> seek = web.getBytes(film, "Range", "bytes=" + (length / 2) + "-");
        assertEquals(206, seek.statusCode());
        assertEquals(length - length / 2, seek.body().length);
        HttpResponse<byte[]> end = web.getBytes(film, "Range", "bytes=-100");
        assertTrue(Arrays.equals(Arrays.copyOfRange(whole.body(), (int) length - 100, (int) length), end.body()));

        HttpResponse<String> several = web.get(film, "Range", "bytes=0-9,100-109");
        assertEquals(206, several.statusCode());
        assertTrue(
                several.headers().firstValue("Content-Type").orElse("").startsWith("multipart/byteranges; boundary="));
        assertTrue(several.body().contains("Content-Range: bytes 0-9/" + length));
        assertTrue(several.body().contains("Content-Range: bytes 100-109/" + length));

        HttpResponse<byte[]> beyond = web.getBytes(film, "Range", "bytes=" + (length + 10) + "-");
        assertEquals(416, beyond.statusCode());
        assertEquals(
                "bytes */" + length,
                beyond.headers().firstValue("Content-Range").orElse(""));

        assertEquals(304, web.getBytes(film, "If-None-Match", etag).statusCode());
        assertEquals(304, web.getBytes(film, "If-Modified-Since", lastModified).statusCode());
        String longAgo =
                DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.of(2001, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
        assertEquals(200, web.getBytes(film, "If-Modified-Since", longAgo).statusCode());
        assertEquals(
                200,
                web.getBytes(film, "Range", "bytes=0-9", "If-Range", "\"another-version\"")
                        .statusCode(),
                "a range of a changed file sends the whole new file");
    }

    @Test
    void captionsAndPostersHaveTheirTypesAndNothingElseIsServed() {
        web.registerNewLearner("Media Testare");
        String folder = "/media/" + FIRST_STEP.folder();
        HttpResponse<String> captions =
                web.get("/media/" + FIRST_STEP.captions().get(0).file());
        assertEquals(200, captions.statusCode());
        assertTrue(captions.headers().firstValue("Content-Type").orElse("").startsWith("text/vtt"));
        assertTrue(captions.body().startsWith("WEBVTT"));
        assertEquals(
                "image/jpeg",
                web.getBytes("/media/" + FIRST_STEP.poster())
                        .headers()
                        .firstValue("Content-Type")
                        .orElse(""));
        for (String path : List.of(
                folder + "/questions.json",
                folder + "/step.json",
                "/media/course.json",
                folder + "/../../course.json",
                "/media/%2e%2e/pom.xml",
                "/media/")) {
            assertEquals(404, web.get(path).statusCode(), path);
        }
    }

    @Test
    void theProgressApiRefusesWhatItCannotRead() {
        web.registerNewLearner("Api Testare");
        HttpResponse<String> bad = web.postJson("/api/progress/1", "{\"intervals\": \"allt\"}");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("intervals"));
        assertEquals(
                404, web.postJson("/api/progress/987654", "{\"intervals\": []}").statusCode());
        HttpResponse<String> crossSite =
                web.postJson("/api/progress/1", "{\"intervals\": [[0, 5]]}", "Sec-Fetch-Site", "cross-site");
        assertEquals(403, crossSite.statusCode());
    }

    @Test
    void aFloodOfProgressReportsIsRefusedAndCreditsNoMoreThanTheBuckets() {
        web.registerNewLearner("Flod Testare");
        // The longest film: at the tests' fastest speed (16x) a full bucket is 15 s × 16 + 3 s of film.
        var part = COURSE.parts().stream()
                .filter(p -> p.steps().stream().anyMatch(s -> s.film().durationSeconds() > 600))
                .findFirst()
                .orElseThrow();
        StepSpec lecture = part.steps().stream()
                .filter(s -> s.film().durationSeconds() > 600)
                .findFirst()
                .orElseThrow();
        String stepId = first(
                "data-report-url=\"/api/progress/(\\d+)\"",
                web.get("/course/" + part.slug() + "/" + lecture.slug()).body());
        double duration = lecture.film().durationSeconds();
        fetchFilm("/course/" + part.slug() + "/" + lecture.slug());
        String everything = "{\"intervals\": [[0, " + duration + "]], \"position\": " + duration + "}";
        long began = System.nanoTime();
        int refused = 0;
        String last = null;
        for (int i = 0; i < 60; i++) {
            HttpResponse<String> r = web.postJson("/api/progress/" + stepId, everything);
            if (r.statusCode() == 429) {
                refused++;
                assertTrue(r.headers().firstValue("Retry-After").isPresent());
                assertTrue(r.body().contains("retryAfter"), r.body());
            } else {
                assertEquals(200, r.statusCode(), r.body());
                last = r.body();
            }
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        assertTrue(refused >= 60 - 6 - (int) (seconds / 2) - 1, refused + " of 60 refused in " + seconds + " s");
        int percent = Integer.parseInt(first("\"watchedPercent\":(\\d+)", last));
        double mostCredited = 15 * 16 + 3 + 16 * seconds;
        assertTrue(percent <= Math.ceil(100 * mostCredited / duration), percent + " % after " + seconds + " s");
        assertTrue(last.contains("\"testOpen\":false"), last);
        assertTrue(last.contains("\"creditPending\":true"), last);
    }

    @Test
    void metricsOpenApiAndHealthAreNotOnThePublicPort() throws IOException {
        for (String path :
                List.of("/metrics", "/metrics/base", "/openapi", "/health", "/health/ready", "/health/live")) {
            HttpResponse<String> response = web.get(path);
            assertTrue(
                    response.statusCode() == 403 || response.statusCode() == 404,
                    path + " answered " + response.statusCode());
            assertFalse(response.body().contains("\"status\""), path);
            assertFalse(response.body().contains("openapi:"), path);
            assertFalse(response.body().contains("jvm"), path);
        }
        // The orchestrator asks on the loopback listener (src/main/payara/post-deploy-commands.txt).
        String port = System.getenv("HEALTH_PORT");
        assertNotNull(port, "failsafe passes HEALTH_PORT on to the server and the tests");
        Web loopback = new Web(new URL("http://127.0.0.1:" + port));
        HttpResponse<String> health = null;
        for (int attempt = 0; health == null; attempt++) {
            try {
                health = loopback.get("/health");
            } catch (IllegalStateException notYet) {
                // As an orchestrator would, ask again while the listener is still starting.
                if (attempt == 20) {
                    throw notYet;
                }
                sleep(500);
            }
        }
        assertEquals(200, health.statusCode());
        assertTrue(health.body().contains("\"status\":\"UP\""), health.body());
        assertEquals(404, loopback.get("/").statusCode(), "only health there");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void responsesDoNotNameTheServer() {
        web.registerNewLearner("Rubrik Testare");
        for (HttpResponse<String> response :
                List.of(web.get("/"), web.get("/course"), web.get("/finns-inte"), new Web(base).get("/course"))) {
            assertTrue(
                    response.headers().firstValue("Server").isEmpty(),
                    response.headers().toString());
            assertTrue(
                    response.headers().firstValue("X-Powered-By").isEmpty(),
                    response.headers().toString());
        }
    }

    @Test
    void behindAProxyThatTerminatesTlsTheSessionCookieIsSecureAndHstsIsSent() {
        String email = new Web(base).registerNewLearner("Proxy Testare");
        Map<String, String> login = Map.of(
                "login", "login",
                "login:email", email,
                "login:password", "ett långt lösenord",
                "login:submit", "x",
                "jakarta.faces.ViewState", "stateless");

        HttpResponse<String> viaHttps = new Web(base).postForm("/login", login, "X-Forwarded-Proto", "https");
        assertEquals(302, viaHttps.statusCode(), viaHttps.body());
        assertTrue(sessionCookie(viaHttps).contains("Secure"), sessionCookie(viaHttps));
        assertTrue(
                viaHttps.headers()
                        .firstValue("Strict-Transport-Security")
                        .orElse("")
                        .startsWith("max-age="),
                viaHttps.headers().toString());
        assertTrue(viaHttps.headers().firstValue("Location").orElse("").startsWith("https://"));

        HttpResponse<String> plain = new Web(base).postForm("/login", login);
        assertEquals(302, plain.statusCode(), plain.body());
        assertFalse(sessionCookie(plain).contains("Secure"), sessionCookie(plain));
        assertTrue(plain.headers().firstValue("Strict-Transport-Security").isEmpty());
        assertTrue(
                web.get("/").headers().firstValue("Strict-Transport-Security").isEmpty());
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElse("(no session cookie)");
    }

    @Test
    void aControlCharacterInAFieldGetsAMessageBesideItNeverA500() {
        HttpResponse<String> login = web.submit(
                "/login", "login", "submit", Map.of("email", "nul\u0000@example.se", "password", "ett långt lösenord"));
        assertEquals(200, login.statusCode(), login.body());
        assertTrue(login.body().contains("id=\"email-error\">Texten innehåller ett osynligt styrtecken"), login.body());
        HttpResponse<String> register = web.submit(
                "/register",
                "register",
                "submit",
                Map.of("name", "Ctl\u0007Namn", "email", "ctl@example.se", "password", "ett långt lösenord"));
        assertEquals(200, register.statusCode(), register.body());
        assertTrue(register.body().contains("id=\"name-error\">"), register.body());
        assertEquals(302, web.get("/course").statusCode(), "nobody was signed in");
        web.get("/?lang=en");
        HttpResponse<String> english =
                web.submit("/login", "login", "submit", Map.of("email", "nul\u0000@example.se", "password", "x"));
        assertTrue(english.body().contains("invisible control character"), english.body());
        HttpResponse<String> inTheAddress = web.get("/verify?code=%00");
        assertEquals(400, inTheAddress.statusCode());
        assertEquals(
                "DENY", inTheAddress.headers().firstValue("X-Frame-Options").orElse(null));
    }

    @Test
    void aFormWithAViewStateItDidNotGetIsTheExpiredPageWithA400() {
        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:email", "a@example.se");
        form.put("login:password", "ett långt lösenord");
        form.put("login:submit", "x");
        form.put("jakarta.faces.ViewState", "stateless\n");
        HttpResponse<String> response = web.postForm("/login", form);
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("Sidan hann bli för gammal"), response.body());
    }

    @Test
    void aFormBodyOverTheLimitIsA413WithAPage() {
        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:email", "a@example.se");
        form.put("login:password", "x".repeat(3 * 1024 * 1024));
        form.put("login:submit", "x");
        form.put("jakarta.faces.ViewState", "stateless");
        HttpResponse<String> response = web.postForm("/login", form);
        assertEquals(413, response.statusCode(), response.body());
        assertTrue(response.body().contains("Formuläret var för stort"), response.body());
        assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(null));
    }

    @Test
    void aSessionEndsAfterItsAbsoluteLifetimeEvenIfActive() {
        web.registerNewLearner("Lång Session");
        assertEquals(200, web.get("/course").statusCode());
        ageSession("PT11H");
        assertEquals(200, web.get("/course").statusCode(), "11 hours in, still signed in");
        ageSession("PT12H1M");
        HttpResponse<String> ended = web.get("/course");
        assertEquals(302, ended.statusCode());
        String location = ended.headers().firstValue("Location").orElse("");
        assertTrue(location.endsWith("/login?sessionEnded=true"), location);
        String login = web.get("/login?sessionEnded=true").body();
        assertTrue(login.contains("id=\"session-ended\">Du har loggats ut eftersom"), login);
        assertTrue(login.contains("id=\"login\""), "the login form is on the page");
        assertEquals(302, web.get("/course").statusCode(), "the session is gone for good");
    }

    /** Makes this visitor's session look as if it began {@code age} ago (an ISO-8601 duration). */
    private void ageSession(String age) {
        assertEquals(
                204,
                web.postForm("/test-support/session-age", Map.of("age", age)).statusCode());
    }

    @Test
    void verificationPagesAskSearchEnginesNotToIndexThem() {
        for (String path : List.of("/verify", "/verify/" + VerificationCode.generate())) {
            HttpResponse<String> page = web.get(path);
            assertEquals(200, page.statusCode(), path);
            assertEquals("noindex", page.headers().firstValue("X-Robots-Tag").orElse(null), path);
            assertTrue(page.body().contains("<meta name=\"robots\" content=\"noindex\""), path);
        }
        assertTrue(web.get("/").headers().firstValue("X-Robots-Tag").isEmpty());
    }

    @Test
    void theLanguageSwitchNeverLeadsToAnotherSite() {
        HttpResponse<String> redirect = web.get("//evil.example/?lang=en");
        assertEquals(302, redirect.statusCode());
        String location = redirect.headers().firstValue("Location").orElseThrow();
        assertFalse(location.contains("//evil.example"), location);
        assertTrue(location.startsWith("/") || location.startsWith(base.toString()), location);
        String notFound = web.get("//evil.example/login").body();
        assertFalse(notFound.contains("href=\"//evil.example"), "the switch link on the 404 page stays here");
    }

    @Test
    void aSessionIdInTheAddressIsRefused() {
        web.registerNewLearner("Sessions Testare");
        String session = web.cookie("JSESSIONID");
        assertNotNull(session);
        // Whoever has the address gets the login page (or a 404), never the learner's page.
        HttpResponse<String> inAddress = new Web(base).get("/course;jsessionid=" + session);
        assertNotEquals(200, inAddress.statusCode(), inAddress.body());
        assertFalse(inAddress.body().contains("Sessions Testare"));
        assertFalse(inAddress.headers().firstValue("Location").orElse("").contains(session));
        HttpResponse<String> api =
                new Web(base).postJson("/api/progress/1;jsessionid=" + session, "{\"intervals\": []}");
        assertNotEquals(200, api.statusCode(), "no report is recorded for the learner");
    }

    @Test
    void deeplyNestedJsonToTheProgressApiIsA400() {
        web.registerNewLearner("Djup Testare");
        String nested = "{\"intervals\":" + "[".repeat(3000) + "]".repeat(3000) + "}";
        HttpResponse<String> r = web.postJson("/api/progress/1", nested);
        assertEquals(400, r.statusCode(), r.body());
    }

    @Test
    void verificationOfUnknownMistypedAndMalformedCodes() {
        String code = VerificationCode.generate();
        String unknown = web.get("/verify/" + code).body();
        assertTrue(unknown.contains("Inget diplom med den koden"));
        assertTrue(unknown.contains("inget diplom har den koden"), unknown);
        String mistyped = code.substring(0, 3) + (code.charAt(3) == 'A' ? 'B' : 'A') + code.substring(4);
        assertTrue(web.get("/verify/" + mistyped).body().contains("felskriven"));
        assertTrue(web.get("/verify/hej").body().contains("ser inte ut som en kod"));
        assertEquals(404, web.get("/verify/a/b").statusCode());
    }

    @Test
    void englishIsChosenOnceAndRemembered() {
        HttpResponse<String> choose = web.get("/?lang=en");
        assertEquals(302, choose.statusCode());
        assertTrue(choose.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("lang=en")));
        String page = web.get("/").body();
        assertTrue(page.contains("lang=\"en\""));
        assertTrue(page.contains("Create an account and start"));
        assertTrue(web.get("/login").body().contains("Log in to continue"));
        web.get("/?lang=sv");
        assertTrue(web.get("/").body().contains("Skapa konto och börja"));
    }

    @Test
    void unknownPagesAndDiplomasAnswer404WithAPage() {
        HttpResponse<String> missing = web.get("/finns-inte");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Sidan finns inte"));
        web.registerNewLearner("Pdf Testare");
        assertEquals(404, web.getBytes("/diplomas/pdf/7KQ2M-9XAT3-RDF0C.pdf").statusCode());
        assertEquals(404, web.get("/course/introduktion/finns-inte").statusCode());
        assertTrue(web.get("/course/introduktion/finns-inte").body().contains("Sidan finns inte"));
    }

    /** Downloads the step's film as a browser would, so that playing it can count. */
    private void fetchFilm(String stepPath) {
        String film = first("src=\"(/media/[^\"]+\\.mp4)\"", web.get(stepPath).body());
        HttpResponse<byte[]> bytes = web.getBytes(film);
        assertEquals(200, bytes.statusCode(), film);
    }

    @Test
    void filmNeverFetchedEarnsNoCreditAndFetchedFilmDoes() {
        web.registerNewLearner("Hämtar Inte");
        String stepPath = "/course/" + COURSE.parts().get(0).slug() + "/" + FIRST_STEP.slug();
        String stepId = first(
                "data-report-url=\"/api/progress/(\\d+)\"", web.get(stepPath).body());
        String report = "{\"intervals\": [[0, 60]], \"position\": 60}";
        HttpResponse<String> unfetched = web.postJson("/api/progress/" + stepId, report);
        assertTrue(unfetched.body().contains("\"watchedPercent\":0"), unfetched.body());
        String film = first("src=\"(/media/[^\"]+\\.mp4)\"", web.get(stepPath).body());
        HttpResponse<byte[]> half = web.getBytes(film, "Range", "bytes=0-99");
        assertEquals(206, half.statusCode());
        HttpResponse<String> tooLittle = web.postJson("/api/progress/" + stepId, report);
        assertTrue(tooLittle.body().contains("\"watchedPercent\":"), tooLittle.body());
        int little = Integer.parseInt(first("\"watchedPercent\":(\\d+)", tooLittle.body()));
        assertTrue(little <= 6, "100 bytes are the film's first seconds at most: " + tooLittle.body());
        fetchFilm(stepPath);
        HttpResponse<String> fetched = web.postJson("/api/progress/" + stepId, report);
        int percent = Integer.parseInt(first("\"watchedPercent\":(\\d+)", fetched.body()));
        assertTrue(percent > little, "the fetched film counts: " + fetched.body());
    }

    @Test
    void testSubmissionsThatAreForeignTamperedOrRepeatedAreRefusedAndChangeNothing() {
        web.registerNewLearner("Provets Ägare");
        String stepPath = "/course/" + COURSE.parts().get(0).slug() + "/" + FIRST_STEP.slug();
        String stepId = first(
                "data-report-url=\"/api/progress/(\\d+)\"", web.get(stepPath).body());
        double duration = FIRST_STEP.film().durationSeconds();
        fetchFilm(stepPath);
        HttpResponse<String> watched = web.postJson(
                "/api/progress/" + stepId, "{\"intervals\": [[0, " + duration + "]], \"position\": " + duration + "}");
        assertTrue(watched.body().contains("\"testOpen\":true"), watched.body());
        assertEquals(
                302, web.submit(stepPath + "/test", "start", "begin", Map.of()).statusCode());
        String questions = web.get(stepPath + "/test").body();
        String attempt = first("name=\"attempt\" value=\"(\\d+)\"", questions);
        Map<String, String> answers = new java.util.LinkedHashMap<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                        "name=\"(answer-\\d+)\" id=\"[^\"]+\" value=\"(\\d+)\"")
                .matcher(questions);
        while (m.find()) {
            answers.putIfAbsent(m.group(1), m.group(2));
        }
        assertEquals(FIRST_STEP.questionsPerTest(), answers.size());
        java.util.regex.Matcher values = java.util.regex.Pattern.compile(
                        "name=\"answer-\\d+\" id=\"c-\\d+-(\\d+)\" value=\"(\\d+)\"")
                .matcher(questions);
        while (values.find()) {
            int place = Integer.parseInt(values.group(2));
            assertTrue(
                    place >= 1 && place <= 6, "a choice is named by its place in this attempt, not its id: " + place);
            assertEquals(values.group(1), values.group(2));
        }

        Web intruder = new Web(base);
        intruder.registerNewLearner("Någon Annan");
        HttpResponse<String> foreign = intruder.postForm(stepPath + "/test", testForm(attempt, answers));
        assertTrue(foreign.headers().firstValue("Location").orElse("").endsWith("/test?refused=UNKNOWN_ATTEMPT"));
        assertTrue(intruder.get(stepPath + "/test?refused=UNKNOWN_ATTEMPT")
                .body()
                .contains("Provet hittades inte. Ingenting sparades."));

        Map<String, String> tampered = new java.util.LinkedHashMap<>(answers);
        tampered.put(answers.keySet().iterator().next(), "999999999");
        HttpResponse<String> refused = web.postForm(stepPath + "/test", testForm(attempt, tampered));
        assertTrue(refused.headers().firstValue("Location").orElse("").endsWith("?refused=ANSWERS_DO_NOT_MATCH"));
        String stillOpen =
                web.get(stepPath + "/test?refused=ANSWERS_DO_NOT_MATCH").body();
        assertTrue(stillOpen.contains("Svaren stämde inte med provets frågor"));
        assertTrue(stillOpen.contains("name=\"attempt\" value=\"" + attempt + "\""), "the same attempt is still open");

        assertTrue(web.postForm(stepPath + "/test", testForm(attempt, answers))
                .headers()
                .firstValue("Location")
                .orElse("")
                .endsWith("/test"));
        String result = web.get(stepPath + "/test").body();
        assertTrue(result.contains("id=\"result-heading\""));
        HttpResponse<String> again = web.postForm(stepPath + "/test", testForm(attempt, answers));
        assertTrue(again.headers().firstValue("Location").orElse("").endsWith("?refused=ALREADY_SUBMITTED"));
        String shown = web.get(stepPath + "/test?refused=ALREADY_SUBMITTED").body();
        assertTrue(shown.contains("Provet var redan inlämnat"));
        assertEquals(1, count("<td>", shown) / 3, "one attempt in the history");
        for (HttpResponse<String> response : List.of(foreign, refused, again)) {
            response.headers().allValues("Set-Cookie").forEach(c -> assertTrue(c.contains("HttpOnly"), c));
        }
    }

    private static Map<String, String> testForm(String attempt, Map<String, String> answers) {
        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("test", "test");
        form.put("attempt", attempt);
        form.putAll(answers);
        form.put("test:submit", "x");
        form.put("jakarta.faces.ViewState", "stateless");
        return form;
    }

    private static String first(String regex, String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), regex);
        return m.group(1);
    }

    private static int count(String needle, String text) {
        int count = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            count++;
        }
        return count;
    }

    private static String main(String page) {
        int start = page.indexOf("<main");
        int end = page.indexOf("</main>");
        return start < 0 || end < 0 ? page : page.substring(start, end);
    }
}
