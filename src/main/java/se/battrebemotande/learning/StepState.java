package se.battrebemotande.learning;

/** Where a learner stands on a step, as the course page shows it. */
public enum StepState {
    NOT_STARTED,
    /** Watching the film; the test is not open yet. */
    WATCHING,
    /** The film is watched far enough; the test is waiting. */
    TEST_OPEN,
    /** The last test attempt failed; the learner can try again. */
    TEST_FAILED,
    /** Film watched and test passed. */
    COMPLETE
}
