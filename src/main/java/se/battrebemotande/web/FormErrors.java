package se.battrebemotande.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
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
