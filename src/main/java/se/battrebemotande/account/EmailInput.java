package se.battrebemotande.account;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** An e-mail address as a form takes it: given, at most {@value Account#EMAIL_MAX} characters, well formed. */
@NotBlank(message = "{account.email.required}")
@Size(max = Account.EMAIL_MAX, message = "{account.email.invalid}")
@Email(regexp = EmailAddress.REGEX, message = "{account.email.invalid}")
@Target({FIELD, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Constraint(validatedBy = {})
public @interface EmailInput {
    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
