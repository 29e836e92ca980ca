package se.battrebemotande.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every text a form submits is refused, with a message beside its field, if it holds a control
 * character other than tab, carriage return or line feed (review L1): a NUL in an e-mail address or a
 * name must not reach the database (PostgreSQL refuses it with an error, which would be a 500), and
 * no other invisible control code belongs in what people type. Registered in faces-config.xml as a
 * default validator, so it runs for every input of every form.
 */
public class NoControlCharacters implements Validator<Object> {
    public static final String ID = "bb.noControlCharacters";
    static final String MESSAGE_KEY = "se.battrebemotande.web.NoControlCharacters";

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        if (value instanceof CharSequence text && hasControlCharacter(text)) {
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message(context), null));
        }
    }

    /** True if the text holds a character of Unicode category Cc other than tab, CR and LF. */
    public static boolean hasControlCharacter(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\r' && c != '\n') {
                return true;
            }
        }
        return false;
    }

    private static String message(FacesContext context) {
        Locale locale = context.getViewRoot() == null
                ? Locale.forLanguageTag("sv")
                : context.getViewRoot().getLocale();
        try {
            return ResourceBundle.getBundle(context.getApplication().getMessageBundle(), locale)
                    .getString(MESSAGE_KEY);
        } catch (MissingResourceException e) {
            return "Texten innehåller ett styrtecken som inte kan sparas.";
        }
    }
}
