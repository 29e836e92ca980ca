package se.battrebemotande.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;

/**
 * Security headers on every response (HSTS once on https; noindex on the verification pages), no
 * session id taken from an address, a same-origin check on every state-changing request, form bodies
 * within the server's limit (else 413), and no control character in an address's parameters (else 400).
 * Scripts may come only from this site; a page rendered by Faces may also run the inline scripts
 * that carry its nonce (PrimeFaces' widget scripts, see {@link CspNonce}), so the policy set here is
 * replaced by one with that nonce when the page renders. Most pages are stateless JSF views, so a
 * cross-site form post is refused here (together with the SameSite session cookie) rather than by a
 * per-view token.
 */
public class SecurityFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    static final String CONTENT_SECURITY_POLICY = policy(null);
    /** The largest form body: the server's own limit (Grizzly's max-post-size, 2 MB by default). */
    static final long MAX_FORM_BYTES = 2L * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (request.isSecure()) {
            // Once on https, browsers keep to it (a proxy that terminates TLS must say so, see README).
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        if (isVerification(request)) {
            // A diploma's page names its holder: no search engine may keep it (review L12).
            response.setHeader("X-Robots-Tag", "noindex");
        }
        if (hasSessionIdInPath(request)) {
            // Session ids travel only in the cookie: one in the address leaks through logs, Referer and links.
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!SAFE_METHODS.contains(request.getMethod()) && isCrossSite(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (isFormPost(request) && request.getContentLengthLong() > MAX_FORM_BYTES) {
            // Refused before anything reads the body: the server would fail to parse it (a 500).
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        HttpServletRequest checked;
        try {
            checked = CspNonce.ensureParameter(request);
            if (SAFE_METHODS.contains(request.getMethod()) && hasControlCharacter(request.getParameterMap())) {
                // Form fields are checked by Faces (NoControlCharacters), next to the field; a
                // parameter in the address (a search, a code) never reaches the database with one.
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
        } catch (IllegalStateException e) {
            // A form body over the server's limit sent without a length ("Post too large").
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        chain.doFilter(checked, response);
    }

    static boolean isVerification(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String path = uri == null
                ? ""
                : uri.substring(Math.min(uri.length(), request.getContextPath().length()));
        return path.equals("/verify") || path.startsWith("/verify/") || path.startsWith("/verify;");
    }

    static boolean isFormPost(HttpServletRequest request) {
        String type = request.getContentType();
        return "POST".equals(request.getMethod())
                && type != null
                && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    static boolean hasControlCharacter(java.util.Map<String, String[]> parameters) {
        for (var parameter : parameters.entrySet()) {
            if (NoControlCharacters.hasControlCharacter(parameter.getKey())) {
                return true;
            }
            for (String value : parameter.getValue()) {
                if (value != null && NoControlCharacters.hasControlCharacter(value)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The site's policy; with a nonce, inline scripts that carry it may run too. */
    public static String policy(String nonce) {
        return "default-src 'self'; img-src 'self' data:; media-src 'self'; style-src 'self' 'unsafe-inline'; "
                + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
                + "frame-ancestors 'none'; script-src 'self'" + (nonce == null ? "" : " 'nonce-" + nonce + "'");
    }

    static boolean hasSessionIdInPath(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return request.isRequestedSessionIdFromURL()
                || (uri != null && uri.toLowerCase(java.util.Locale.ROOT).contains(";jsessionid"));
    }

    static boolean isCrossSite(HttpServletRequest request) {
        if ("cross-site".equals(request.getHeader("Sec-Fetch-Site"))) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin == null || origin.isEmpty()) {
            return false;
        }
        if ("null".equals(origin)) {
            return true;
        }
        String host = request.getHeader("Host");
        try {
            URI uri = URI.create(origin);
            String originHost = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return host == null || !host.equalsIgnoreCase(originHost);
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
