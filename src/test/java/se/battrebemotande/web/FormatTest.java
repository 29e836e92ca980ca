package se.battrebemotande.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatTest {
    @Test
    void durationsAreRoundedToWhatALearnerPlansWith() {
        assertEquals("45 s", Format.durationOf(44.6));
        assertEquals("4 min", Format.durationOf(214.6));
        assertEquals("12 min", Format.durationOf(719));
        assertEquals("1 h 5 min", Format.durationOf(3900));
        assertEquals("2 h", Format.durationOf(7200));
    }

    @Test
    void filmLengthsReadLikeAPlayersClock() {
        assertEquals("4:28", Format.clockOf(267.8));
        assertEquals("0:08", Format.clockOf(8));
        assertEquals("1:02:10", Format.clockOf(3730));
    }

    @Test
    void datesAreInSwedishTimeAndTheReadersLanguage() {
        Instant lateEvening = Instant.parse("2026-11-24T23:30:00Z");
        assertEquals("25 november 2026", Format.date(lateEvening, Language.SWEDISH));
        assertEquals("November 25, 2026", Format.date(lateEvening, Locale.ENGLISH));
    }

    @Test
    void percentNeverShowsHundredBeforeItIsDone() {
        assertEquals(99, Format.percent(0.994));
        assertEquals(100, Format.percent(0.9951));
        assertEquals(100, Format.percent(1));
        assertEquals(0, Format.percent(-1));
        assertEquals(45, Format.percent(0.456));
        assertEquals(89, Format.percent(0.899));
    }
}
