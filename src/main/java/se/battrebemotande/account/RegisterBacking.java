package se.battrebemotande.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import se.battrebemotande.web.Language;
import se.battrebemotande.web.Texts;

/** The registration page: the form's rules are Bean Validation constraints, shown beside each field. */
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
    private String name;

    @NotBlank(message = "{account.email.required}")
    @Size(max = Account.EMAIL_MAX, message = "{account.email.invalid}")
    @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$", message = "{account.email.invalid}")
    private String email;

    @NotBlank(message = "{account.password.required}")
    @Size(min = Account.PASSWORD_MIN, max = Account.PASSWORD_MAX, message = "{account.password.size}")
    private String password;

    public void register() {
        try {
            accounts.register(name, email, password, language.getLocale());
        } catch (EmailAlreadyRegisteredException e) {
            FacesContext.getCurrentInstance()
                    .addMessage(
                            "register:email",
                            new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.get("register.email.taken"), null));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        signIn.signIn(email, password);
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
