package se.battrebemotande.account;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import se.battrebemotande.platform.NameOnPaper;

/**
 * A person's name as a form takes it (registration, an invitation, "Mitt konto"): given, at most
 * {@value Account#NAME_MAX} characters, no invisible or unassigned characters, and printable on the
 * diploma. Each rule keeps its own message.
 */
@NotBlank(message = "{account.name.required}")
@Size(max = Account.NAME_MAX, message = "{account.name.size}")
@Pattern(regexp = Account.NAME_CHARACTERS, message = "{account.name.characters}")
@NameOnPaper
@Target({FIELD, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Constraint(validatedBy = {})
public @interface PersonName {
    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
