package se.battrebemotande.organisation;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** Every hour: enrolment lists that were previewed but never confirmed are deleted after a day. */
@Singleton
@Startup
public class EnrolmentHousekeeping {
    private static final Logger LOG = Logger.getLogger(EnrolmentHousekeeping.class.getName());

    @Inject
    Enrolments enrolments;

    @Schedule(minute = "17", hour = "*", persistent = false)
    void dropOldDrafts() {
        int dropped = enrolments.dropOldDrafts();
        if (dropped > 0) {
            LOG.info(() -> dropped + " unconfirmed enrolment lists deleted");
        }
    }
}
