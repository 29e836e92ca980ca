package se.battrebemotande.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-less visitor for HTTP-level tests: keeps cookies, does not follow redirects, and posts
 * the site's (stateless) JSF forms the way a browser would.
 */
public final class Web {
    private final URI base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;

    public Web(URL base) {
        this.base = URI.create(base.toString().replaceAll("/+$", ""));
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    public URI uri(String path) {
        return URI.create(base + path);
    }

    public String origin() {
        return base.getScheme() + "://" + base.getAuthority();
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> getBytes(String path, String... headers) {
        return send(request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> postJson(String path, String json, String... headers) {
        return send(
                request(path, headers)
                        .header("Content-Type", "application/json")
                        .header("Origin", origin())
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a JSF form: {@code form} is its id, {@code button} the id of the button pressed. */
    public HttpResponse<String> submit(String path, String form, String button, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put(form, form);
        fields.forEach((name, value) -> all.put(name.contains(":") ? name : form + ":" + name, value));
        all.put(form + ":" + button, "x");
        all.put("jakarta.faces.ViewState", "stateless");
        return postForm(path, all);
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields, String... headers) {
        return postForm(path, List.copyOf(fields.entrySet()), headers);
    }

    /** Posts a form whose fields may repeat (several boxes ticked under one name). */
    public HttpResponse<String> postForm(String path, List<Map.Entry<String, String>> fields, String... headers) {
        String body = fields.stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(
                request(path, headers)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", origin())
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Posts a form of a page that keeps view state (the organisation pages): reads the page first,
     * as a browser would, for its view state and script nonce.
     */
    public HttpResponse<String> submitPage(String path, String form, String button, Map<String, String> fields) {
        String page = get(path).body();
        Map<String, String> all = new LinkedHashMap<>();
        all.put(form, form);
        fields.forEach((name, value) -> all.put(name.contains(":") ? name : form + ":" + name, value));
        all.put(form + ":" + button, "x");
        all.put("jakarta.faces.ViewState", hidden(page, "jakarta.faces.ViewState"));
        all.put("primefaces.nonce", hidden(page, "primefaces.nonce"));
        return postForm(path, all);
    }

    private static String hidden(String page, String name) {
        Matcher m = Pattern.compile("name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]*)\"")
                .matcher(page);
        return m.find() ? m.group(1) : "";
    }

    /** Posts a file as a browser's form would ({@code multipart/form-data}, field {@code file}). */
    public HttpResponse<String> upload(String path, String fileName, byte[] content, String... headers) {
        String boundary = "----bb" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return send(
                request(path, headers)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("Origin", origin())
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    /** Signs in as the site administrator of {@link Administrator}, registering the account the first time. */
    public void signInAsAdministrator() {
        // Registering answers the same whether or not the account exists; then log in either way.
        submit(
                "/register",
                "register",
                "submit",
                Map.of("name", Administrator.NAME, "email", Administrator.EMAIL, "password", Administrator.PASSWORD));
        signIn(Administrator.EMAIL, Administrator.PASSWORD);
    }

    /** Logs in through the login form. */
    public void signIn(String email, String password) {
        HttpResponse<String> response =
                submit("/login", "login", "submit", Map.of("email", email, "password", password));
        if (response.statusCode() != 302) {
            throw new IllegalStateException("Signing in as " + email + " failed: " + response.statusCode());
        }
    }

    /** Registers a new learner with a unique e-mail address and stays signed in; returns the address. */
    public String registerNewLearner(String name) {
        String email = "learner-" + UUID.randomUUID() + "@example.se";
        HttpResponse<String> response = submit(
                "/register",
                "register",
                "submit",
                Map.of("name", name, "email", email, "password", "ett långt lösenord"));
        if (response.statusCode() != 302) {
            throw new IllegalStateException("Registration failed: " + response.statusCode() + "\n" + response.body());
        }
        signIn(email, "ett långt lösenord");
        return email;
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60));
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return client.send(request, handler);
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
