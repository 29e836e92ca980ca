package se.battrebemotande.account;

import java.util.Set;

/** What an account may do; each role maps to the security groups the web.xml constraints name. */
public enum Role {
    LEARNER(Set.of("learner"));

    private final Set<String> groups;

    Role(Set<String> groups) {
        this.groups = groups;
    }

    public Set<String> groups() {
        return groups;
    }
}
