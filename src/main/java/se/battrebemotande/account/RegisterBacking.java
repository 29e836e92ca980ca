package se.battrebemotande.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import se.battrebemotande.web.Language;
import se.battrebemotande.web.LocalPath;
import se.battrebemotande.web.Texts;

/**
 * The registration page: the form's rules are Bean Validation constraints, shown beside each field.
 * {@code ?next=} names a page of this site to go on to (an invitation, a join link).
 */
@Named
@RequestScoped
public class RegisterBacking {
    @Inject
    Accounts accounts;

    @Inject
    SignIn signIn;

    @Inject
    Language language;

    @Inject
    Texts texts;

    @NotBlank(message = "{account.name.required}")
    @Size(max = Account.NAME_MAX, message = "{account.name.size}")
    @Pattern(regexp = "^[^\\p{Cc}\\p{Cf}]*$", message = "{account.name.characters}")
    private String name;

    @NotBlank(message = "{account.email.required}")
    @Size(max = Account.EMAIL_MAX, message = "{account.email.invalid}")
    @Email(regexp = EmailAddress.REGEX, message = "{account.email.invalid}")
    private String email;

    @NotBlank(message = "{account.password.required}")
    @Size(min = Account.PASSWORD_MIN, max = Account.PASSWORD_MAX, message = "{account.password.size}")
    private String password;

    @Inject
    @Param
    String next;

    public void register() {
        try {
            accounts.register(name, email, password, language.getLocale());
        } catch (EmailAlreadyRegisteredException e) {
            Messages.addError("register:email", texts.get("register.email.taken"));
            Faces.validationFailed();
            return;
        }
        signIn.signIn(email, password, LocalPath.orElse(next, "/course"));
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
