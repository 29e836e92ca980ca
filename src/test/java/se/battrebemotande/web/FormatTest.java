package se.battrebemotande.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatTest {
    @Test
    void durationsAreRoundedToWhatALearnerPlansWith() {
        assertEquals("45 s", Format.duration(44.6, Language.SWEDISH));
        assertEquals("4 min", Format.duration(214.6, Language.SWEDISH));
        assertEquals("12 min", Format.duration(719, Language.SWEDISH));
        assertEquals("1 h 5 min", Format.duration(3900, Language.SWEDISH));
        assertEquals("2 h", Format.duration(7200, Language.SWEDISH));
    }

    @Test
    void filmLengthsReadLikeAPlayersClock() {
        assertEquals("4:28", Format.clock(267.8, Language.SWEDISH));
        assertEquals("0:08", Format.clock(8, Language.SWEDISH));
        assertEquals("1:02:10", Format.clock(3730, Language.SWEDISH));
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
