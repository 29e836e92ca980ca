package se.battrebemotande.admin;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A course package that cannot be previewed or imported: {@link #key} names the reason's text,
 * {@link #problems} lists what the package reader found wrong (technical lines naming the file).
 * Nothing was changed.
 */
@ApplicationException(rollback = true)
public class PackageRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final List<String> problems;

    public PackageRefusedException(String key, List<String> problems) {
        super(key + " " + problems);
        this.key = key;
        this.problems = List.copyOf(problems);
    }

    public String key() {
        return key;
    }

    public List<String> problems() {
        return problems;
    }
}
