package se.battrebemotande.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import se.battrebemotande.web.ClientAddress;
import se.battrebemotande.web.PublicAddress;
import se.battrebemotande.web.Texts;

/**
 * {@code /password/forgot}: asks for the address and answers the same whether or not it has an
 * account; a reset link goes out only if it has. Requests are limited per client and per address.
 */
@Named
@RequestScoped
public class ForgotPasswordBacking {
    @Inject
    PasswordResets resets;

    @Inject
    Throttle throttle;

    @Inject
    ClientAddress clientAddress;

    @Inject
    PublicAddress publicAddress;

    @Inject
    Texts texts;

    @EmailInput
    private String email;

    private boolean sent;

    public void send() {
        HttpServletRequest request = Faces.getRequest();
        long wait = throttle.passwordReset(clientAddress.of(request), email);
        if (wait > 0) {
            Messages.addGlobalError(texts.get("forgot.limited", Waits.text(wait, texts)));
            return;
        }
        resets.request(email, publicAddress.forMail(request));
        sent = true;
    }

    /** Whether the form was sent; the page then says what happens next. */
    public boolean isSent() {
        return sent;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
