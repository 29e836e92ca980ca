package se.battrebemotande.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import se.battrebemotande.web.PublicAddress;

/**
 * {@code /email/confirm/{token}}: the link from a confirmation or address-change mail. Following it
 * is the confirmation (it proves the mailbox is the person's), so it works by opening it.
 */
@Named
@RequestScoped
public class EmailConfirmBacking {
    @Inject
    Registrations registrations;

    @Inject
    PublicAddress publicAddress;

    @Inject
    @Param
    String token;

    private Registrations.Confirmation result;

    public void load() {
        if (result == null) {
            result = registrations.confirm(token, publicAddress.forMail(Faces.getRequest()));
            if (result == Registrations.Confirmation.INVALID) {
                Faces.getExternalContext().setResponseStatus(404);
            }
        }
    }

    /** CONFIRMED, MOVED, ADDRESS_TAKEN or INVALID. */
    public String getResult() {
        return result == null ? "INVALID" : result.name();
    }
}
