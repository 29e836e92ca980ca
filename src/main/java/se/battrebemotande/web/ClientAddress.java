package se.battrebemotande.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request comes from, for limits per client. Behind a reverse proxy every request
 * comes from the proxy, so {@code app.client-address-header} names the header the proxy sets (its
 * last entry is the address the proxy saw); without it the header is not believed, since a client
 * can write anything there.
 */
@ApplicationScoped
public class ClientAddress {
    @Inject
    @ConfigProperty(name = "app.client-address-header")
    Optional<String> header;

    public String of(HttpServletRequest request) {
        String forwarded =
                header.filter(h -> !h.isBlank()).map(request::getHeader).orElse(null);
        if (forwarded != null && !forwarded.isBlank()) {
            String[] hops = forwarded.split(",");
            String last = hops[hops.length - 1].strip();
            if (!last.isEmpty() && last.length() <= 64) {
                return last;
            }
        }
        return request.getRemoteAddr();
    }
}
