package se.battrebemotande.learning;

/**
 * What the player shows after a progress report: the share watched and whether the test is open.
 * {@code creditPending} means the report held more new film than could be credited yet; the
 * player sends its intervals again a little later.
 */
public record PlaybackResult(int watchedPercent, boolean testOpen, boolean complete, boolean creditPending) {}
