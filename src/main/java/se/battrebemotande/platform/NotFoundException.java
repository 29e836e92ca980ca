package se.battrebemotande.platform;

import jakarta.ejb.ApplicationException;

/**
 * What a request names does not exist for the one asking: an unknown id, or one that belongs to
 * someone else. Pages and servlets answer 404 to it, never saying which of the two it was.
 */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String what) {
        super(what);
    }
}
