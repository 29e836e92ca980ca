package se.battrebemotande.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ReportLimitTest {
    private Instant now = Instant.parse("2026-11-30T10:00:00Z");

    private ReportLimit limit() {
        ReportLimit limit = new ReportLimit();
        limit.clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        return limit;
    }

    @Test
    void aBurstOfSixThenOneReportEveryTwoSeconds() {
        ReportLimit limit = limit();
        for (int i = 0; i < ReportLimit.BURST; i++) {
            assertEquals(0, limit.take(1, 7), "report " + (i + 1));
        }
        assertEquals(2, limit.take(1, 7), "the seventh in the same instant waits two seconds");
        assertEquals(0, limit.take(1, 8), "another step has its own allowance");
        assertEquals(0, limit.take(2, 7), "and so has another learner");
        now = now.plus(Duration.ofSeconds(2));
        assertEquals(0, limit.take(1, 7));
        assertEquals(2, limit.take(1, 7));
    }

    @Test
    void sixtyReportsInASecondAreMostlyRefused() {
        ReportLimit limit = limit();
        int accepted = 0;
        for (int i = 0; i < 60; i++) {
            now = now.plusMillis(17);
            accepted += limit.take(1, 7) == 0 ? 1 : 0;
        }
        assertEquals(ReportLimit.BURST, accepted);
    }

    @Test
    void aPlayerReportingEveryTenSecondsIsNeverRefused() {
        ReportLimit limit = limit();
        for (int i = 0; i < 100; i++) {
            now = now.plusSeconds(10);
            assertEquals(0, limit.take(1, 7));
            // a pause and a play in between
            assertEquals(0, limit.take(1, 7));
        }
    }
}
