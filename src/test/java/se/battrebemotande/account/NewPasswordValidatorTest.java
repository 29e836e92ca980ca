package se.battrebemotande.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NewPasswordValidatorTest {
    @Test
    void eachProblemHasItsOwnMessage() {
        assertEquals("{account.password.short}", NewPasswordValidator.problem("kort"));
        assertEquals("{account.password.long}", NewPasswordValidator.problem("x".repeat(501)), "review L7");
        assertEquals("{account.password.weak}", NewPasswordValidator.problem("aaaaaaaaaa"));
        assertEquals("{account.password.weak}", NewPasswordValidator.problem(" x        "));
        assertEquals("{account.password.weak}", NewPasswordValidator.problem("Password123"));
        assertEquals("{account.password.weak}", NewPasswordValidator.problem("1234567890"));
        assertNull(NewPasswordValidator.problem("ett långt lösenord"));
        assertNull(NewPasswordValidator.problem("x".repeat(497) + "abc"), "500 characters are allowed");
    }

    @Test
    void olderOrWeakerHashesAreReplacedAtTheNextLogin() {
        assertTrue(Passwords.isWeakerThanNow("PBKDF2WithHmacSHA256:210000:c2FsdA==:aGFzaA=="));
        assertFalse(Passwords.isWeakerThanNow("PBKDF2WithHmacSHA256:600000:c2FsdA==:aGFzaA=="));
        assertTrue(Passwords.isWeakerThanNow("PBKDF2WithHmacSHA1:900000:c2FsdA==:aGFzaA=="));
        assertTrue(Passwords.isWeakerThanNow("nonsense"));
    }
}
