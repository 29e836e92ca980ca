package se.battrebemotande.learning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The parts of a film a learner has actually played, as a sorted list of disjoint intervals in
 * seconds. Progress is the total length of this union, never the furthest position reached, so
 * seeking to the end of a film watches nothing.
 */
public final class WatchedIntervals {
    /** Gaps shorter than this between played intervals are rounding noise from the player, not skipped film. */
    static final double JOIN_GAP_SECONDS = 0.3;
    /** Keeps the stored form short; a learner would need hundreds of seeks to reach it. */
    static final int MAX_INTERVALS = 200;

    public record Interval(double start, double end) {
        public double length() {
            return end - start;
        }
    }

    private static final WatchedIntervals NONE = new WatchedIntervals(List.of());

    private final List<Interval> intervals;

    private WatchedIntervals(List<Interval> intervals) {
        this.intervals = List.copyOf(intervals);
    }

    public static WatchedIntervals none() {
        return NONE;
    }

    /** Reads the stored form, {@code "0.00-12.50,30.00-41.25"}. */
    public static WatchedIntervals parse(String stored) {
        if (stored == null || stored.isBlank()) {
            return NONE;
        }
        List<Interval> list = new ArrayList<>();
        for (String part : stored.split(",")) {
            String[] bounds = part.split("-");
            list.add(new Interval(Double.parseDouble(bounds[0]), Double.parseDouble(bounds[1])));
        }
        return new WatchedIntervals(merge(list));
    }

    /** Played intervals as the browser reported them: clamped to the film, invalid ones dropped, merged. */
    public static WatchedIntervals reported(Collection<Interval> played, double duration) {
        List<Interval> clean = new ArrayList<>();
        for (Interval i : played) {
            if (i == null || !Double.isFinite(i.start()) || !Double.isFinite(i.end())) {
                continue;
            }
            double start = Math.max(0, i.start());
            double end = Math.min(duration, i.end());
            if (end > start) {
                clean.add(new Interval(start, end));
            }
        }
        return new WatchedIntervals(merge(clean));
    }

    public List<Interval> intervals() {
        return intervals;
    }

    public double total() {
        return intervals.stream().mapToDouble(Interval::length).sum();
    }

    public boolean isEmpty() {
        return intervals.isEmpty();
    }

    /** The parts of {@code other} not yet in this set. */
    public WatchedIntervals newIn(WatchedIntervals other) {
        List<Interval> fresh = new ArrayList<>();
        for (Interval candidate : other.intervals) {
            double cursor = candidate.start();
            for (Interval known : intervals) {
                if (known.end() <= cursor || known.start() >= candidate.end()) {
                    continue;
                }
                if (known.start() > cursor) {
                    fresh.add(new Interval(cursor, known.start()));
                }
                cursor = Math.max(cursor, known.end());
            }
            if (cursor < candidate.end()) {
                fresh.add(new Interval(cursor, candidate.end()));
            }
        }
        return new WatchedIntervals(fresh);
    }

    /** The first {@code seconds} of this set, earliest film time first. */
    public WatchedIntervals firstSeconds(double seconds) {
        List<Interval> kept = new ArrayList<>();
        double left = seconds;
        for (Interval i : intervals) {
            if (left <= 0) {
                break;
            }
            double length = Math.min(i.length(), left);
            kept.add(new Interval(i.start(), i.start() + length));
            left -= length;
        }
        return new WatchedIntervals(kept);
    }

    public WatchedIntervals union(WatchedIntervals other) {
        List<Interval> all = new ArrayList<>(intervals);
        all.addAll(other.intervals);
        List<Interval> merged = merge(all);
        while (merged.size() > MAX_INTERVALS) {
            merged.remove(merged.stream()
                    .min(Comparator.comparingDouble(Interval::length))
                    .orElseThrow());
        }
        return new WatchedIntervals(merged);
    }

    /** The stored form, with film times to the hundredth of a second. */
    public String format() {
        StringBuilder out = new StringBuilder();
        for (Interval i : intervals) {
            if (!out.isEmpty()) {
                out.append(',');
            }
            out.append(round(i.start(), RoundingMode.FLOOR)).append('-').append(round(i.end(), RoundingMode.CEILING));
        }
        return out.toString();
    }

    private static String round(double value, RoundingMode mode) {
        return BigDecimal.valueOf(value).setScale(2, mode).toPlainString();
    }

    private static List<Interval> merge(List<Interval> list) {
        List<Interval> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparingDouble(Interval::start));
        List<Interval> merged = new ArrayList<>();
        for (Interval i : sorted) {
            if (!merged.isEmpty() && i.start() <= merged.get(merged.size() - 1).end() + JOIN_GAP_SECONDS) {
                Interval last = merged.remove(merged.size() - 1);
                merged.add(new Interval(last.start(), Math.max(last.end(), i.end())));
            } else {
                merged.add(i);
            }
        }
        return merged;
    }

    @Override
    public String toString() {
        return format();
    }
}
