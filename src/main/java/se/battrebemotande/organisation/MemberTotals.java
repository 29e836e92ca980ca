package se.battrebemotande.organisation;

import java.io.Serializable;

/** The head of an organisation's member list: how many have joined, started and finished. */
public record MemberTotals(long members, long invited, long notInvited, long started, long finished)
        implements Serializable {
    /** Finished members as a share (0–1) of those who have joined. */
    public double finishedShare() {
        return members == 0 ? 0 : (double) finished / members;
    }

    public long notStarted() {
        return members - started;
    }

    public long inProgress() {
        return started - finished;
    }
}
