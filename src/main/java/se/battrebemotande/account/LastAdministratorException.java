package se.battrebemotande.account;

import jakarta.ejb.ApplicationException;

/** Taking the administrator role from the last administrator: refused, nothing changed. */
@ApplicationException(rollback = true)
public class LastAdministratorException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LastAdministratorException() {
        super("The site must keep at least one administrator");
    }
}
