/**
 * Statistics for the county board's administrators: registrations, starts and completions over a
 * period and over time, by county, organisation kind and organisation, the funnel of each step, and
 * how each question performs.
 *
 * <p>This is the one feature that reads other features' tables directly: every figure is a SQL
 * aggregate over indexed columns of {@code account}, {@code learner_start}, {@code step_progress},
 * {@code attempt}, {@code attempt_item}, {@code attempt_answer}, {@code diploma},
 * {@code membership} and {@code organisation} ({@link se.battrebemotande.stats.Statistics}), never
 * rows loaded into Java. The one thing it writes is its own summary: the answers to each question
 * summed per day ({@link se.battrebemotande.stats.QuestionTallies}), since a year of answers is
 * millions of rows. No other feature reads it.
 */
package se.battrebemotande.stats;
