package se.battrebemotande.learning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The byte ranges of a step's film that the media endpoint has delivered to one learner, merged,
 * with the size of the file they were cut from. Film credit is given only for the seconds whose
 * share of the file was delivered ({@link #restrict}): second {@code t} of a film of duration
 * {@code D} and {@code S} bytes sits near byte {@code S·t/D}, give or take {@link #TOLERANCE_SHARE}
 * of the file for the header and for scenes that take more or fewer bytes than the average. This
 * makes a forger fetch the film, not only post reports; it does not prove anyone looked at it.
 */
public final class DeliveredBytes {
    /** How far, as a share of the file, a second may sit from its proportional byte position. */
    static final double TOLERANCE_SHARE = 0.05;

    static final int MAX_RANGES = 64;

    /** Bytes {@code from} (inclusive) to {@code to} (exclusive). */
    public record Range(long from, long to) {}

    private static final DeliveredBytes NONE = new DeliveredBytes(0, List.of());

    private final long size;
    private final List<Range> ranges;

    private DeliveredBytes(long size, List<Range> ranges) {
        this.size = size;
        this.ranges = ranges;
    }

    public static DeliveredBytes none() {
        return NONE;
    }

    /** Reads the stored form {@code size;from-to,from-to}; anything unreadable is nothing delivered. */
    public static DeliveredBytes parse(String stored) {
        if (stored == null || stored.isBlank()) {
            return NONE;
        }
        try {
            String[] sizeAndRanges = stored.split(";", 2);
            long size = Long.parseLong(sizeAndRanges[0]);
            List<Range> ranges = new ArrayList<>();
            if (sizeAndRanges.length > 1 && !sizeAndRanges[1].isEmpty()) {
                for (String range : sizeAndRanges[1].split(",")) {
                    String[] ends = range.split("-");
                    ranges.add(new Range(Long.parseLong(ends[0]), Long.parseLong(ends[1])));
                }
            }
            return new DeliveredBytes(size, merge(ranges));
        } catch (RuntimeException e) {
            return NONE;
        }
    }

    /**
     * With bytes {@code from}–{@code to} of a file of {@code size} bytes delivered too. A file of
     * another size is another film (replaced by an administrator): what was delivered of the old one
     * no longer counts.
     */
    public DeliveredBytes with(long size, long from, long to) {
        long start = Math.max(0, Math.min(from, size));
        long end = Math.max(start, Math.min(to, size));
        List<Range> all = new ArrayList<>(size == this.size ? ranges : List.of());
        if (end > start) {
            all.add(new Range(start, end));
        }
        return new DeliveredBytes(size, merge(all));
    }

    public String format() {
        StringBuilder out = new StringBuilder().append(size).append(';');
        for (int i = 0; i < ranges.size(); i++) {
            out.append(i == 0 ? "" : ",")
                    .append(ranges.get(i).from())
                    .append('-')
                    .append(ranges.get(i).to());
        }
        return out.toString();
    }

    public long size() {
        return size;
    }

    public List<Range> ranges() {
        return ranges;
    }

    /** How many bytes have been delivered. */
    public long total() {
        return ranges.stream().mapToLong(r -> r.to() - r.from()).sum();
    }

    /** The parts of {@code played} whose share of the film of {@code duration} seconds was delivered. */
    public WatchedIntervals restrict(WatchedIntervals played, double duration) {
        if (size <= 0 || ranges.isEmpty() || duration <= 0) {
            return WatchedIntervals.none();
        }
        double slack = TOLERANCE_SHARE * size;
        List<WatchedIntervals.Interval> kept = new ArrayList<>();
        for (Range range : ranges) {
            double from = Math.max(0, (range.from() - slack) / size * duration);
            double to = Math.min(duration, (range.to() + slack) / size * duration);
            for (WatchedIntervals.Interval interval : played.intervals()) {
                double start = Math.max(from, interval.start());
                double end = Math.min(to, interval.end());
                if (end > start) {
                    kept.add(new WatchedIntervals.Interval(start, end));
                }
            }
        }
        return WatchedIntervals.reported(kept, duration);
    }

    /** Sorted, overlapping and touching ranges joined; past {@link #MAX_RANGES} the smallest are dropped. */
    private static List<Range> merge(List<Range> list) {
        List<Range> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparingLong(Range::from));
        List<Range> merged = new ArrayList<>();
        for (Range r : sorted) {
            Range last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && r.from() <= last.to()) {
                merged.set(merged.size() - 1, new Range(last.from(), Math.max(last.to(), r.to())));
            } else {
                merged.add(r);
            }
        }
        while (merged.size() > MAX_RANGES) {
            // Never join ranges across bytes not delivered: drop the smallest instead (less credit, never more).
            merged.remove(merged.stream()
                    .min(Comparator.comparingLong(r -> r.to() - r.from()))
                    .orElseThrow());
        }
        return List.copyOf(merged);
    }
}
