package se.battrebemotande.media;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code Range} header of a request for a file of known length (RFC 9110, section 14). A header
 * that cannot be parsed is ignored, as the RFC asks, and the whole file is sent; one that parses but
 * asks only for bytes beyond the end cannot be satisfied (416). Overlapping ranges are sent once.
 */
public final class ByteRanges {
    /** More ranges than this in one request is not seeking but abuse; the whole file is sent instead. */
    static final int MAX_RANGES = 16;

    public record Range(long first, long last) {
        public long length() {
            return last - first + 1;
        }

        public String contentRange(long fileLength) {
            return "bytes " + first + "-" + last + "/" + fileLength;
        }
    }

    /** The outcome: empty when the whole file should be sent. */
    public sealed interface Parsed permits Satisfiable, Unsatisfiable {}

    public record Satisfiable(List<Range> ranges) implements Parsed {}

    public record Unsatisfiable() implements Parsed {}

    private ByteRanges() {}

    public static Optional<Parsed> parse(String header, long fileLength) {
        if (header == null) {
            return Optional.empty();
        }
        String value = header.strip();
        if (!value.regionMatches(true, 0, "bytes=", 0, 6)) {
            return Optional.empty();
        }
        String[] specs = value.substring(6).split(",");
        if (specs.length > MAX_RANGES) {
            return Optional.empty();
        }
        List<Range> ranges = new ArrayList<>();
        for (String raw : specs) {
            String spec = raw.strip();
            int dash = spec.indexOf('-');
            if (dash < 0) {
                return Optional.empty();
            }
            String start = spec.substring(0, dash).strip();
            String end = spec.substring(dash + 1).strip();
            try {
                if (start.isEmpty()) {
                    if (end.isEmpty()) {
                        return Optional.empty();
                    }
                    long suffix = Long.parseLong(end);
                    if (suffix < 0) {
                        return Optional.empty();
                    }
                    if (suffix > 0 && fileLength > 0) {
                        ranges.add(new Range(Math.max(0, fileLength - suffix), fileLength - 1));
                    }
                } else {
                    long first = Long.parseLong(start);
                    long last = end.isEmpty() ? Long.MAX_VALUE : Long.parseLong(end);
                    if (first < 0 || last < first) {
                        return Optional.empty();
                    }
                    if (first < fileLength) {
                        ranges.add(new Range(first, Math.min(last, fileLength - 1)));
                    }
                }
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.of(ranges.isEmpty() ? new Unsatisfiable() : new Satisfiable(coalesced(ranges)));
    }

    /**
     * Overlapping and adjacent ranges as one, in file order (RFC 9110 lets a server coalesce them), so
     * that a response never holds more bytes than the file: {@code bytes=0-,0-,0-} is the file once.
     */
    static List<Range> coalesced(List<Range> ranges) {
        List<Range> sorted = new ArrayList<>(ranges);
        sorted.sort(java.util.Comparator.comparingLong(Range::first));
        List<Range> merged = new ArrayList<>();
        for (Range r : sorted) {
            Range last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && r.first() <= last.last() + 1) {
                merged.set(merged.size() - 1, new Range(last.first(), Math.max(last.last(), r.last())));
            } else {
                merged.add(r);
            }
        }
        return List.copyOf(merged);
    }
}
