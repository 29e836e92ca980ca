package se.battrebemotande.account;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A password someone chooses: 10 to 500 characters, more than one distinct character and not one
 * of the passwords everyone tries first (review L7). Each rule has its own message.
 */
@Target(FIELD)
@Retention(RUNTIME)
@Constraint(validatedBy = NewPasswordValidator.class)
public @interface NewPassword {
    String message() default "{account.password.weak}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
