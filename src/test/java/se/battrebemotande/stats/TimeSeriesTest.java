package se.battrebemotande.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.battrebemotande.stats.TimeSeries.Bucket;
import se.battrebemotande.stats.TimeSeries.Grain;

class TimeSeriesTest {
    /** One registration a day, and one start on the period's first and last day. */
    private static List<Statistics.TimePoint> days(LocalDate from, LocalDate until) {
        List<Statistics.TimePoint> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(until); d = d.plusDays(1)) {
            long start = d.equals(from) || d.equals(until) ? 1 : 0;
            days.add(new Statistics.TimePoint(d, 1, start, 0, d.getDayOfMonth() == 15 ? 2 : 0));
        }
        return days;
    }

    @Test
    void weeksRunMondayToSundayAndAreCutAtThePeriodsEdges() {
        // Wednesday 4 March 2026 to Tuesday 17 March 2026: 4–8, 9–15, 16–17.
        List<Bucket> weeks = TimeSeries.group(days(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 17)), Grain.WEEK);
        assertEquals(3, weeks.size());
        assertEquals(new Bucket(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 8), 5, 1, 0, 0), weeks.get(0));
        assertEquals(new Bucket(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 15), 7, 0, 0, 2), weeks.get(1));
        assertEquals(new Bucket(LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 17), 2, 1, 0, 0), weeks.get(2));
        assertEquals(LocalDate.of(2026, 3, 2), weeks.get(0).start(Grain.WEEK), "the whole week began on Monday");
    }

    @Test
    void monthsFollowTheCalendarAcrossAYear() {
        List<Bucket> months = TimeSeries.group(days(LocalDate.of(2025, 12, 20), LocalDate.of(2026, 2, 3)), Grain.MONTH);
        assertEquals(3, months.size());
        assertEquals(12, months.get(0).registrations(), "20–31 December");
        assertEquals(31, months.get(1).registrations(), "all of January");
        assertEquals(3, months.get(2).registrations(), "1–3 February");
        assertEquals(2, months.get(1).documents(), "15 January");
        assertEquals(LocalDate.of(2026, 2, 3), months.get(2).last());
    }

    @Test
    void aWeekAcrossNewYearIsOneWeek() {
        // Monday 29 December 2025 to Sunday 4 January 2026 is ISO week 1 of 2026.
        List<Bucket> weeks = TimeSeries.group(days(LocalDate.of(2025, 12, 29), LocalDate.of(2026, 1, 4)), Grain.WEEK);
        assertEquals(1, weeks.size());
        assertEquals(7, weeks.get(0).registrations());
    }

    @Test
    void noDaysNoBuckets() {
        assertEquals(List.of(), TimeSeries.group(List.of(), Grain.MONTH));
    }
}
