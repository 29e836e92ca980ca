/**
 * Statistics for the county board's administrators: registrations, starts and completions over a
 * period and over time, by county, organisation kind and organisation, the funnel of each step, and
 * how each question performs.
 *
 * <p>This is the one feature that reads other features' tables directly: every figure is a SQL
 * aggregate over indexed columns of {@code account}, {@code learner_start}, {@code step_progress},
 * {@code attempt}, {@code attempt_item}, {@code attempt_answer}, {@code diploma},
 * {@code membership} and {@code organisation} ({@link se.battrebemotande.stats.Statistics}), never
 * rows loaded into Java. What it writes is its own summaries, where a million learners make the rows
 * too many to count for each view: the answers to each question summed per day ({@link
 * se.battrebemotande.stats.QuestionTallies}) and per month and county or kind ({@link
 * se.battrebemotande.stats.QuestionPlaceTallies}), and each organisation's members, starts and
 * completions ({@link se.battrebemotande.stats.OrganisationTallies}, rebuilt every ten minutes; the
 * pages say when). No other feature reads them.
 *
 * <p>Its pages are the dashboard at {@code /admin}, {@code /admin/where}, {@code /admin/funnel} and
 * {@code /admin/questions}: one filter read from the address ({@link se.battrebemotande.stats.StatsQuery},
 * so every view can be bookmarked), charts drawn by PrimeFaces' Chart.js with their numbers in a
 * table beside them, and every table exported as CSV or XLSX ({@code /admin/statistics/{table}.csv})
 * from the same rows the page shows ({@link se.battrebemotande.stats.StatisticsTables}).
 */
package se.battrebemotande.stats;
