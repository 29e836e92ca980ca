package se.battrebemotande.stats;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The per-day figures of a period ({@link Statistics#perDay}) added up per ISO week (Monday to
 * Sunday) or per calendar month. The first and last bucket are cut at the period's edges, so a
 * bucket never counts a day outside the period; each bucket says which days it covers.
 */
public final class TimeSeries {
    private TimeSeries() {}

    /** How long one point of the line chart is. */
    public enum Grain {
        WEEK,
        MONTH;

        /** The first day of the week or month {@code day} lies in. */
        LocalDate startOf(LocalDate day) {
            return this == WEEK ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day.withDayOfMonth(1);
        }

        LocalDate next(LocalDate start) {
            return this == WEEK ? start.plusWeeks(1) : start.plusMonths(1);
        }
    }

    /** The figures of one week or month, from {@code first} to {@code last} (both included). */
    public record Bucket(
            LocalDate first, LocalDate last, long registrations, long starts, long completions, long documents) {
        /** The whole week's or month's first day (before the period's start for a cut bucket). */
        public LocalDate start(Grain grain) {
            return grain.startOf(first);
        }
    }

    /** The days, in order and without gaps, added up per week or month. */
    public static List<Bucket> group(List<Statistics.TimePoint> days, Grain grain) {
        List<Bucket> buckets = new ArrayList<>();
        LocalDate start = null;
        LocalDate first = null;
        LocalDate last = null;
        long[] sum = new long[4];
        for (Statistics.TimePoint day : days) {
            LocalDate bucket = grain.startOf(day.start());
            if (start != null && !bucket.equals(start)) {
                buckets.add(new Bucket(first, last, sum[0], sum[1], sum[2], sum[3]));
                sum = new long[4];
                first = null;
            }
            start = bucket;
            if (first == null) {
                first = day.start();
            }
            last = day.start();
            sum[0] += day.registrations();
            sum[1] += day.starts();
            sum[2] += day.completions();
            sum[3] += day.documents();
        }
        if (start != null) {
            buckets.add(new Bucket(first, last, sum[0], sum[1], sum[2], sum[3]));
        }
        return buckets;
    }
}
