package se.battrebemotande.diploma;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import org.omnifaces.cdi.Param;

/**
 * The public verification pages: {@code /verify} asks for a code, {@code /verify/{code}} says whether
 * it belongs to a valid diploma, a revoked one (with the date, never the reason) or a replaced one
 * (with a link to the document that replaces it). Nothing here lists or searches diplomas.
 */
@Named
@RequestScoped
public class VerifyBacking {
    @Inject
    Diplomas diplomas;

    @Inject
    @Param
    String code;

    @NotBlank(message = "{verify.code.required}")
    @Size(max = 40, message = "{verify.code.malformed}")
    private String typed;

    private VerificationCode.Parsed parsed;
    private Diploma diploma;
    private Diploma replacement;

    public void check() {
        parsed = VerificationCode.parse(code);
        diploma = parsed.valid().flatMap(diplomas::findByCode).orElse(null);
    }

    /** Goes to the code's own address, so a verification can be shared as a link. */
    public void lookUp() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String target =
                VerificationCode.parse(typed).valid().orElse(typed.strip().replaceAll("[^A-Za-z0-9-]", ""));
        external.redirect(external.getRequestContextPath() + "/verify/" + (target.isEmpty() ? "-" : target));
    }

    public boolean isMalformed() {
        return parsed != null && parsed.problem() == VerificationCode.Problem.MALFORMED;
    }

    public boolean isMistyped() {
        return parsed != null && parsed.problem() == VerificationCode.Problem.MISTYPED;
    }

    public boolean isUnknown() {
        return parsed != null && parsed.problem() == null && diploma == null;
    }

    public Diploma getDiploma() {
        return diploma;
    }

    /** The newest document that replaces a replaced one (null otherwise): the page links it. */
    public Diploma getReplacement() {
        if (replacement == null && diploma != null && diploma.getState() == DiplomaState.REPLACED) {
            replacement = diplomas.currentReplacement(diploma).orElse(null);
        }
        return replacement;
    }

    public String getCode() {
        return code;
    }

    public String getTyped() {
        return typed;
    }

    public void setTyped(String typed) {
        this.typed = typed;
    }
}
