package se.battrebemotande.learning;

/** What the player shows after a progress report: the share watched and whether the test is open. */
public record PlaybackResult(int watchedPercent, boolean testOpen, boolean complete) {}
