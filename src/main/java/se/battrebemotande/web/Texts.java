package se.battrebemotande.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The page texts of {@code Messages_*.properties} in the request's language, for Java code. */
@RequestScoped
public class Texts {
    public static final String BUNDLE = "se.battrebemotande.web.Messages";

    @Inject
    Language language;

    public String get(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, language.getLocale()).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, language.getLocale()).format(arguments);
    }
}
