package se.battrebemotande.platform;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import com.lowagie.text.pdf.BaseFont;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.text.Normalizer;

/**
 * A name that can stand on a diploma (review L2): every character of it, once NFC-normalised, is in
 * the font the diploma prints names in (EB Garamond: Latin, Greek and Cyrillic scripts), so that no
 * letter silently goes missing from the document. Names in other scripts are asked for as in the
 * person's passport, in Latin letters.
 */
@Target({FIELD, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Constraint(validatedBy = NameOnPaper.Check.class)
public @interface NameOnPaper {
    String message() default "{account.name.glyphs}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check, against the font's own table of characters. */
    class Check implements ConstraintValidator<NameOnPaper, String> {
        private static final BaseFont FONT = load("EBGaramond12-Italic.otf");

        @Override
        public boolean isValid(String name, ConstraintValidatorContext context) {
            return name == null || printable(name);
        }

        /** Whether the diploma's name font has every character of the name. */
        public static boolean printable(String name) {
            return Normalizer.normalize(name, Normalizer.Form.NFC)
                    .codePoints()
                    .allMatch(c -> Character.isWhitespace(c) || FONT.charExists(c));
        }

        private static BaseFont load(String name) {
            try (InputStream in = NameOnPaper.class.getResourceAsStream("/fonts/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("Font missing from the application: " + name);
                }
                return BaseFont.createFont(
                        name, BaseFont.IDENTITY_H, BaseFont.NOT_EMBEDDED, true, in.readAllBytes(), null);
            } catch (IOException | com.lowagie.text.DocumentException e) {
                throw new IllegalStateException("Cannot load font " + name, e);
            }
        }
    }
}
