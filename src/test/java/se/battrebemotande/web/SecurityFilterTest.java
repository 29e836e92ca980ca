package se.battrebemotande.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityFilterTest {

    private static HttpServletRequest request(Map<String, String> headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(
                SecurityFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> "getHeader".equals(method.getName()) ? headers.get((String) args[0]) : null);
    }

    @Test
    void aFormPostedFromThisSiteIsAccepted() {
        assertFalse(SecurityFilter.isCrossSite(
                request(Map.of("Host", "kurs.example.se", "Origin", "https://kurs.example.se"))));
        assertFalse(SecurityFilter.isCrossSite(request(
                Map.of("Host", "localhost:8080", "Origin", "http://localhost:8080", "Sec-Fetch-Site", "same-origin"))));
        assertFalse(
                SecurityFilter.isCrossSite(request(Map.of("Host", "kurs.example.se"))), "old clients send no Origin");
    }

    @Test
    void aFormPostedFromAnotherSiteIsRefused() {
        assertTrue(SecurityFilter.isCrossSite(
                request(Map.of("Host", "kurs.example.se", "Origin", "https://evil.example"))));
        assertTrue(
                SecurityFilter.isCrossSite(request(Map.of("Host", "kurs.example.se", "Sec-Fetch-Site", "cross-site"))));
        assertTrue(SecurityFilter.isCrossSite(request(Map.of("Host", "kurs.example.se", "Origin", "null"))));
        assertTrue(SecurityFilter.isCrossSite(
                request(Map.of("Host", "localhost:8080", "Origin", "http://localhost:9999"))));
    }

    @Test
    void theLanguageParameterIsRemovedFromTheAddress() {
        assertEquals("a=1&b=2", LanguageFilter.withoutLanguage("a=1&lang=en&b=2"));
        assertEquals("", LanguageFilter.withoutLanguage("lang=sv"));
        assertEquals("", LanguageFilter.withoutLanguage(null));
        assertEquals("language=x", LanguageFilter.withoutLanguage("language=x"));
    }

    @Test
    void aSessionIdInTheAddressIsNotTaken() {
        assertTrue(SecurityFilter.hasSessionIdInPath(withUri("/course;jsessionid=ABC123")));
        assertTrue(SecurityFilter.hasSessionIdInPath(withUri("/api/progress/4;JSESSIONID=abc")));
        assertFalse(SecurityFilter.hasSessionIdInPath(withUri("/course")));
    }

    private static HttpServletRequest withUri(String uri) {
        return (HttpServletRequest) Proxy.newProxyInstance(
                SecurityFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getRequestURI" -> uri;
                    case "isRequestedSessionIdFromURL" -> false;
                    default -> null;
                });
    }

    @Test
    void httpsPagesTellBrowsersToKeepToHttps() throws Exception {
        assertEquals("max-age=31536000", headersAfterFilter(true).get("Strict-Transport-Security"));
        assertFalse(headersAfterFilter(false).containsKey("Strict-Transport-Security"), "never on plain http");
    }

    @Test
    void verificationPagesAreNotForSearchEngines() throws Exception {
        assertEquals(
                "noindex",
                headersAfterFilter(false, "/verify/7KQ2M-9XAT3-RDF0C", Map.of()).get("X-Robots-Tag"));
        assertEquals("noindex", headersAfterFilter(false, "/verify", Map.of()).get("X-Robots-Tag"));
        assertFalse(headersAfterFilter(false, "/verifying", Map.of()).containsKey("X-Robots-Tag"));
        assertFalse(headersAfterFilter(false, "/", Map.of()).containsKey("X-Robots-Tag"));
    }

    @Test
    void aControlCharacterInTheAddressIsABadRequest() throws Exception {
        assertEquals(
                "400",
                headersAfterFilter(false, "/verify", Map.of("code", new String[] {"a\u0000b"}))
                        .get("error"));
        assertEquals(
                "400",
                headersAfterFilter(false, "/", Map.of("q\u0007", new String[] {"x"}))
                        .get("error"));
        assertFalse(headersAfterFilter(false, "/", Map.of("q", new String[] {"rad\tett"}))
                .containsKey("error"));
    }

    private static Map<String, String> headersAfterFilter(boolean secure) throws Exception {
        return headersAfterFilter(secure, "/", Map.of());
    }

    /** The headers the filter set, and under "error" the status it sent as an error, if any. */
    private static Map<String, String> headersAfterFilter(boolean secure, String uri, Map<String, String[]> parameters)
            throws Exception {
        Map<String, String> headers = new java.util.HashMap<>();
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(
                SecurityFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "isSecure" -> secure;
                    case "isRequestedSessionIdFromURL" -> false;
                    case "getRequestURI" -> uri;
                    case "getContextPath" -> "";
                    case "getMethod" -> "GET";
                    case "getParameterMap" -> parameters;
                    default -> null;
                });
        jakarta.servlet.http.HttpServletResponse response =
                (jakarta.servlet.http.HttpServletResponse) Proxy.newProxyInstance(
                        SecurityFilterTest.class.getClassLoader(),
                        new Class<?>[] {jakarta.servlet.http.HttpServletResponse.class},
                        (proxy, method, args) -> {
                            if ("setHeader".equals(method.getName())) {
                                headers.put((String) args[0], (String) args[1]);
                            }
                            if ("sendError".equals(method.getName())) {
                                headers.put("error", String.valueOf(args[0]));
                            }
                            return null;
                        });
        new SecurityFilter().doFilter(request, response, (req, res) -> {});
        return headers;
    }
}
