package se.battrebemotande.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.battrebemotande.web.Texts;

/** The login page. A wrong password and an unknown e-mail get the same answer. */
@Named
@RequestScoped
public class LoginBacking {
    @Inject
    SignIn signIn;

    @Inject
    Texts texts;

    private String email;
    private String password;

    public void login() {
        if (!signIn.signIn(email, password)) {
            FacesContext.getCurrentInstance()
                    .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.get("login.failed"), null));
        }
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
