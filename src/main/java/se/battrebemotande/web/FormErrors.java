package se.battrebemotande.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The error summary at the top of a form that failed validation: every field's message, each a
 * link to its field, so a keyboard or screen reader user gets to every problem from one place.
 */
@Named
@RequestScoped
public class FormErrors {
    public record FieldError(String fieldId, String message) {}

    /**
     * A problem found by the action rather than by a validator: the message goes next to the field,
     * the field is marked invalid (aria-invalid) and the response is a failed validation.
     */
    public static void reject(String clientId, String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        UIComponent component = faces.getViewRoot().findComponent(clientId);
        if (component instanceof UIInput input) {
            input.setValid(false);
        }
        faces.validationFailed();
    }

    public List<FieldError> getErrors() {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<FieldError> errors = new ArrayList<>();
        for (Iterator<String> ids = faces.getClientIdsWithMessages(); ids.hasNext(); ) {
            String id = ids.next();
            if (id == null) {
                continue;
            }
            for (Iterator<FacesMessage> messages = faces.getMessages(id); messages.hasNext(); ) {
                errors.add(new FieldError(id, messages.next().getSummary()));
            }
        }
        return errors;
    }
}
