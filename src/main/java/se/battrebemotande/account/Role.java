package se.battrebemotande.account;

import java.util.Set;

/**
 * What an account may do across the whole site; each role maps to the security groups the web.xml
 * constraints name. Roles that hold for one organisation only are the {@code organisation} feature's.
 */
public enum Role {
    LEARNER(Set.of("learner")),
    /** The county board's administrators: statistics, content, users, organisations, diplomas. */
    ADMIN(Set.of("learner", "admin"));

    private final Set<String> groups;

    Role(Set<String> groups) {
        this.groups = groups;
    }

    public Set<String> groups() {
        return groups;
    }
}
