package se.battrebemotande.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.battrebemotande.media.ByteRanges.Range;
import se.battrebemotande.media.ByteRanges.Satisfiable;
import se.battrebemotande.media.ByteRanges.Unsatisfiable;

class ByteRangesTest {
    static final long LENGTH = 10_000;

    private static List<Range> ranges(String header) {
        return assertInstanceOf(
                        Satisfiable.class, ByteRanges.parse(header, LENGTH).orElseThrow())
                .ranges();
    }

    @Test
    void noHeaderMeansTheWholeFile() {
        assertTrue(ByteRanges.parse(null, LENGTH).isEmpty());
    }

    @Test
    void aClosedRange() {
        assertEquals(List.of(new Range(0, 499)), ranges("bytes=0-499"));
        assertEquals(500, ranges("bytes=0-499").get(0).length());
    }

    @Test
    void anOpenRangeRunsToTheEnd() {
        assertEquals(List.of(new Range(9500, 9999)), ranges("bytes=9500-"));
    }

    @Test
    void aSuffixRangeTakesTheLastBytes() {
        assertEquals(List.of(new Range(9500, 9999)), ranges("bytes=-500"));
        assertEquals(List.of(new Range(0, 9999)), ranges("bytes=-20000"), "a suffix longer than the file is the file");
    }

    @Test
    void aRangePastTheEndIsCutToTheEnd() {
        assertEquals(List.of(new Range(9000, 9999)), ranges("bytes=9000-20000"));
    }

    @Test
    void severalRangesForSeveralSeeks() {
        assertEquals(
                List.of(new Range(0, 99), new Range(200, 299), new Range(9900, 9999)),
                ranges("bytes=0-99, 200-299,-100"));
    }

    @Test
    void onlyBytesBeyondTheEndCannotBeSatisfied() {
        assertInstanceOf(
                Unsatisfiable.class, ByteRanges.parse("bytes=10000-", LENGTH).orElseThrow());
        assertInstanceOf(
                Unsatisfiable.class,
                ByteRanges.parse("bytes=20000-30000", LENGTH).orElseThrow());
        assertInstanceOf(
                Unsatisfiable.class, ByteRanges.parse("bytes=-0", LENGTH).orElseThrow());
        assertEquals("bytes 0-499/10000", new Range(0, 499).contentRange(LENGTH));
    }

    @Test
    void malformedHeadersAreIgnored() {
        for (String header : List.of(
                "bytes=abc-",
                "bytes=500-100",
                "items=0-1",
                "bytes=",
                "bytes=-",
                "bytes=1-2-3",
                "bytes=0-1," + "2-3,".repeat(20))) {
            assertTrue(ByteRanges.parse(header, LENGTH).isEmpty(), header);
        }
    }

    @Test
    void overlappingRangesAreSentOnceSoNoResponseIsLargerThanTheFile() {
        Satisfiable all = (Satisfiable)
                ByteRanges.parse("bytes=" + "0-,".repeat(15) + "0-", 1000).orElseThrow();
        assertEquals(List.of(new Range(0, 999)), all.ranges());
        Satisfiable some = (Satisfiable)
                ByteRanges.parse("bytes=500-600,0-99,100-199,550-700", 1000).orElseThrow();
        assertEquals(List.of(new Range(0, 199), new Range(500, 700)), some.ranges());
        assertTrue(some.ranges().stream().mapToLong(Range::length).sum() <= 1000);
    }
}
