package se.battrebemotande.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.battrebemotande.learning.WatchedIntervals.Interval;

class ProgressReportTest {

    @Test
    void aReportListsIntervalsAndThePosition() {
        ProgressResource.Report report =
                ProgressResource.parse("{\"intervals\": [[0, 9.5], [12, 20]], \"position\": 20}");
        assertEquals(List.of(new Interval(0, 9.5), new Interval(12, 20)), report.intervals());
        assertEquals(20, report.position(), 1e-9);
    }

    @Test
    void aReportWithoutPositionStillCounts() {
        assertTrue(Double.isNaN(ProgressResource.parse("{\"intervals\": []}").position()));
    }

    @Test
    void malformedReportsAreRefusedWithAReason() {
        for (String body : new String[] {
            "",
            "[]",
            "{",
            "{\"intervals\": \"all\"}",
            "{\"intervals\": [[1]]}",
            "{\"intervals\": [[\"a\", 2]]}",
            "{\"intervals\": [" + "[0,1],".repeat(60) + "[0,1]]}",
            "x".repeat(9000)
        }) {
            assertThrows(IllegalArgumentException.class, () -> ProgressResource.parse(body), body);
        }
    }

    @Test
    void testAnswersAreReadFromTheFormAsPlacesByItem() {
        Map<Long, Set<Integer>> ticked = TestBacking.ticked(Map.of(
                "answer-12",
                new String[] {"1", "3"},
                "answer-13",
                new String[] {"2"},
                "attempt",
                new String[] {"3"},
                "test:submit",
                new String[] {"x"}));
        assertEquals(Map.of(12L, Set.of(1, 3), 13L, Set.of(2)), ticked);
        assertThrows(IllegalArgumentException.class, () -> TestBacking.ticked(Map.of("answer-x", new String[] {"1"})));
        assertThrows(
                IllegalArgumentException.class, () -> TestBacking.ticked(Map.of("answer-1", new String[] {"<b>"})));
    }
}
