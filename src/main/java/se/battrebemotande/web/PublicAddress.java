package se.battrebemotande.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address the public reaches this site at, for links that leave the site (the QR code on a
 * diploma). Set {@code app.public-url} behind a proxy; otherwise it is taken from the request.
 */
@ApplicationScoped
public class PublicAddress {
    private static final Logger LOG = Logger.getLogger(PublicAddress.class.getName());
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    @Inject
    @ConfigProperty(name = "app.public-url")
    Optional<String> configured;

    /**
     * The site's address for a link mailed on a stranger's request (a password reset, a
     * registration). A link made from the request's own Host header could point to any site the
     * requester names and carry the secret there, so without {@code app.public-url} only a
     * loopback host is believed (development); any other falls back to localhost, and a warning
     * says to configure the address.
     */
    public String forMail(HttpServletRequest request) {
        if (configured.filter(s -> !s.isBlank()).isPresent()) {
            return base(request);
        }
        String host = request.getServerName();
        if (!LOOPBACK.contains(host)) {
            LOG.warning("app.public-url is not set: links in mail point to localhost. Set it to the site's address.");
            return request.getScheme() + "://localhost:" + request.getServerPort() + request.getContextPath();
        }
        return base(request);
    }

    public String base(HttpServletRequest request) {
        return configured
                .filter(s -> !s.isBlank())
                .map(s -> s.replaceAll("/+$", ""))
                .orElseGet(() -> {
                    int port = request.getServerPort();
                    boolean standard = ("http".equals(request.getScheme()) && port == 80)
                            || ("https".equals(request.getScheme()) && port == 443);
                    return request.getScheme() + "://" + request.getServerName() + (standard ? "" : ":" + port)
                            + request.getContextPath();
                });
    }
}
