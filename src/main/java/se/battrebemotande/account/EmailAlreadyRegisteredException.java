package se.battrebemotande.account;

import jakarta.ejb.ApplicationException;

/** Registration with an e-mail address that already has an account. */
@ApplicationException(rollback = true)
public class EmailAlreadyRegisteredException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EmailAlreadyRegisteredException() {
        super("This e-mail address already has an account");
    }
}
