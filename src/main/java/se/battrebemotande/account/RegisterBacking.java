package se.battrebemotande.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import se.battrebemotande.web.ClientAddress;
import se.battrebemotande.web.Language;
import se.battrebemotande.web.LocalPath;
import se.battrebemotande.web.PublicAddress;
import se.battrebemotande.web.Texts;

/**
 * The registration page: the form's rules are Bean Validation constraints, shown beside each field.
 * {@code ?next=} names a page of this site to go on to (an invitation, a join link).
 */
@Named
@RequestScoped
public class RegisterBacking {
    @Inject
    Language language;

    @Inject
    Texts texts;

    @Inject
    Registrations registrations;

    @Inject
    Throttle throttle;

    @Inject
    Passwords passwords;

    @Inject
    ClientAddress clientAddress;

    @Inject
    PublicAddress publicAddress;

    @PersonName
    private String name;

    @EmailInput
    private String email;

    @NotBlank(message = "{account.password.required}")
    @NewPassword
    private String password;

    @Inject
    @Param
    String next;

    /**
     * Registers, or tells the address's owner someone tried (review M6): either way the answer is
     * the page that says a mail is on its way, so the form never tells whether an address has an
     * account. A new account works at once: the learner logs in from that page.
     */
    public void register() throws IOException {
        HttpServletRequest request = Faces.getRequest();
        long wait = throttle.registration(clientAddress.of(request));
        if (wait > 0) {
            Messages.addGlobalError(texts.get("register.limited", Waits.text(wait, texts)));
            return;
        }
        String site = publicAddress.forMail(request);
        if (passwords
                .admitted(() -> {
                    registrations.register(name, email, password, language.getLocale(), site);
                    return true;
                })
                .isEmpty()) {
            Messages.addGlobalError(texts.get("account.busy"));
            return;
        }
        String after = getNext();
        Faces.getExternalContext()
                .redirect(request.getContextPath() + "/registered"
                        + (after == null ? "" : "?next=" + URLEncoder.encode(after, StandardCharsets.UTF_8)));
    }

    /** Where to go after registering, when not to the course; null otherwise. */
    public String getNext() {
        return LocalPath.orElse(next, null);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
