package se.battrebemotande.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.battrebemotande.stats.ChartJson.Series;

class ChartJsonTest {
    @Test
    void aLineChartHasItsLabelsSeriesAndNoAnimation() {
        String json = ChartJson.line(
                List.of("v. 9, 2026", "v. 10, 2026"), List.of(new Series("Starter", List.of(3L, 5L), "#12355b", 1)));
        assertTrue(json.startsWith("{\"type\":\"line\""), json);
        assertTrue(json.contains("\"labels\":[\"v. 9, 2026\",\"v. 10, 2026\"]"), json);
        assertTrue(json.contains("\"label\":\"Starter\",\"data\":[3,5]"), json);
        assertTrue(json.contains("\"borderDash\":[8,4]"), "the second series is dashed: " + json);
        assertTrue(json.contains("\"animation\":false"), json);
    }

    @Test
    void aHorizontalBarChartTurnsItsAxes() {
        String json = ChartJson.bars(
                List.of("Norrbottens län"), List.of(new Series("Medlemmar", List.of(12L), "#006b5f", 0)), true);
        assertTrue(json.contains("\"type\":\"bar\""), json);
        assertTrue(json.contains("\"indexAxis\":\"y\""), json);
        assertTrue(json.contains("\"x\":{\"beginAtZero\":true"), json);
    }

    @Test
    void textCannotLeaveTheStringOrTheScriptElement() {
        StringBuilder json = new StringBuilder();
        ChartJson.string(json, "a\"b\\c</script><b>&'\n");
        String s = json.toString();
        assertEquals("\"a\\\"b\\\\c\\u003c/script\\u003e\\u003cb\\u003e\\u0026\\u0027\\u000a\"", s);
        assertFalse(s.contains("<"));
    }
}
