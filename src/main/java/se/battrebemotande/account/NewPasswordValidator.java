package se.battrebemotande.account;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Locale;
import java.util.Set;

/** The rules of {@link NewPassword}; an empty value is left to {@code @NotBlank}. */
public class NewPasswordValidator implements ConstraintValidator<NewPassword, String> {
    /** The passwords of at least ten characters that lists of leaked passwords start with. */
    private static final Set<String> COMMON = Set.of(
            "1234567890",
            "12345678910",
            "123456789012",
            "0123456789",
            "0987654321",
            "1q2w3e4r5t",
            "1qaz2wsx3edc",
            "qwertyuiop",
            "asdfghjkl;",
            "password12",
            "password123",
            "password1234",
            "passw0rd123",
            "lösenord123",
            "losenord123",
            "sommar2026",
            "sommar2025",
            "vinter2026",
            "iloveyou12",
            "qwerty1234",
            "qwerty12345",
            "abcdefghij",
            "abc1234567",
            "1111111111",
            "welcome123",
            "välkommen1",
            "valkommen1",
            "battrebemotande",
            "bättrebemötande");

    @Override
    public boolean isValid(String password, ConstraintValidatorContext context) {
        if (password == null || password.isEmpty()) {
            return true;
        }
        String problem = problem(password);
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
        return false;
    }

    /** The message key of what is wrong with the password, or null. */
    static String problem(String password) {
        int length = password.codePointCount(0, password.length());
        if (length < Account.PASSWORD_MIN) {
            return "{account.password.short}";
        }
        if (length > Account.PASSWORD_MAX) {
            return "{account.password.long}";
        }
        String plain = password.strip().toLowerCase(Locale.ROOT);
        if (plain.codePoints().distinct().count() < 4 || COMMON.contains(plain)) {
            return "{account.password.weak}";
        }
        return null;
    }
}
