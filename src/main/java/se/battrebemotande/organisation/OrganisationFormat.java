package se.battrebemotande.organisation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import se.battrebemotande.course.CourseCatalog;
import se.battrebemotande.course.CourseOutline.PartOutline;

/** How the organisation pages show a member's standing and shares. */
@Named
@RequestScoped
public class OrganisationFormat {
    @Inject
    CourseCatalog catalog;

    @Inject
    Clock clock;

    private Instant now;

    public String stateKey(MemberRow row) {
        return MemberStates.key(row, now());
    }

    /** The CSS class of the standing's label. */
    public String stateClass(MemberRow row) {
        return switch (MemberStates.key(row, now())) {
            case "memberState.FINISHED" -> "state-passed";
            case "memberState.IN_PROGRESS" -> "state-watching";
            case "memberState.EXPIRED", "memberState.UNDELIVERED", "memberState.RETRYING" -> "state-failed";
            case "memberState.INVITED" -> "state-ready";
            default -> "state-not-started";
        };
    }

    public int percent(double share) {
        return (int) Math.round(Math.max(0, Math.min(1, share)) * 100);
    }

    public List<PartOutline> getParts() {
        return catalog.outline().parts();
    }

    private Instant now() {
        if (now == null) {
            now = Instant.now(clock);
        }
        return now;
    }
}
