package se.battrebemotande.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address the public reaches this site at, for links that leave the site (the QR code on a
 * diploma). Set {@code app.public-url} behind a proxy; otherwise it is taken from the request.
 */
@ApplicationScoped
public class PublicAddress {
    @Inject
    @ConfigProperty(name = "app.public-url")
    Optional<String> configured;

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
