package se.battrebemotande.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.battrebemotande.organisation.OrganisationKind;
import se.battrebemotande.stats.TimeSeries.Grain;

class StatsQueryTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private static StatsQuery parse(Map<String, String> parameters) {
        return StatsQuery.parse(parameters::get, TODAY, Set.of("01", "25"), Set.of(7L, 8L));
    }

    @Test
    void withoutParametersItIsTheLastThirtyDaysPerWeek() {
        StatsQuery q = parse(Map.of());
        assertEquals(LocalDate.of(2026, 11, 1), q.filter().from());
        assertEquals(TODAY, q.filter().until());
        assertEquals(Grain.WEEK, q.grain());
        assertEquals("", q.queryString());
        assertFalse(q.hasProblems());
    }

    @Test
    void everyFilterComesFromTheAddressAndGoesBackIntoLinks() {
        StatsQuery q = parse(Map.of(
                "from", "2026-01-01",
                "until", "2026-12-31",
                "county", "25",
                "kind", "ASSOCIATION",
                "organisation", "42",
                "part", "7"));
        assertEquals(
                new StatsFilter(
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 12, 31),
                        "25",
                        OrganisationKind.ASSOCIATION,
                        42L,
                        7L),
                q.filter());
        assertEquals(Grain.MONTH, q.grain(), "a year is drawn per month");
        assertEquals(
                "?from=2026-01-01&until=2026-12-31&county=25&kind=ASSOCIATION&organisation=42&part=7", q.queryString());
        assertEquals("?from=2026-01-01&until=2026-12-31&county=25&kind=ASSOCIATION&part=7", q.with("organisation", ""));
        assertEquals(
                "?from=2026-01-01&until=2026-12-31&county=25&kind=ASSOCIATION&organisation=42&part=7&q=a+%26+b",
                q.with("q", "a & b"));
    }

    @Test
    void theGrainCanBeChosen() {
        assertEquals(Grain.MONTH, parse(Map.of("per", "month")).grain());
        assertEquals(
                Grain.WEEK,
                parse(Map.of("from", "2025-01-01", "until", "2025-12-31", "per", "week"))
                        .grain());
        assertEquals(Grain.WEEK, parse(Map.of("per", "fortnight")).grain(), "an unknown grain is ignored");
    }

    @Test
    void anUnreadableDateIsAProblemOfItsFieldAndTheDefaultPeriodIsShown() {
        StatsQuery q = parse(Map.of("from", "1 mars", "until", "2026-03-31", "county", "25"));
        assertEquals(Map.of("from", "stats.problem.date"), q.problems());
        assertEquals("1 mars", q.typed().get("from"), "what was typed is shown again");
        assertEquals(TODAY, q.filter().until());
        assertEquals(LocalDate.of(2026, 11, 1), q.filter().from());
        assertEquals("?county=25", q.queryString(), "the other filters still hold, the bad period is not kept");
    }

    @Test
    void anEndBeforeTheStartIsAProblemOfTheEnd() {
        StatsQuery q = parse(Map.of("from", "2026-03-31", "until", "2026-03-01"));
        assertEquals(Map.of("until", "stats.problem.order"), q.problems());
    }

    @Test
    void aPeriodLongerThanFiveYearsIsRefused() {
        assertEquals(
                Map.of("from", "stats.problem.tooLong"),
                parse(Map.of("from", "2001-01-01", "until", "2026-01-01")).problems());
        assertTrue(parse(Map.of("from", "2021-12-01", "until", "2026-11-30"))
                .problems()
                .isEmpty());
    }

    @Test
    void oneDateAloneMakesAThirtyDayPeriodOrRunsToToday() {
        StatsQuery from = parse(Map.of("from", "2026-10-01"));
        assertEquals(TODAY, from.filter().until());
        assertEquals("?from=2026-10-01", from.queryString());
        StatsQuery until = parse(Map.of("until", "2026-03-31"));
        assertEquals(LocalDate.of(2026, 3, 2), until.filter().from());
    }

    @Test
    void unknownCountiesKindsPartsAndIdsAreLeftOut() {
        StatsQuery q = parse(Map.of("county", "99", "kind", "CLUB", "part", "9", "organisation", "x1"));
        assertNull(q.filter().county());
        assertNull(q.filter().kind());
        assertNull(q.filter().partId());
        assertNull(q.filter().organisationId());
        assertEquals("", q.queryString());
    }

    @Test
    void aPresetPeriodKeepsTheOtherFiltersButNotTheGrain() {
        StatsQuery q = parse(Map.of("county", "01", "per", "month", "from", "2026-01-01"));
        assertEquals("?from=2026-09-01&until=2026-11-30&county=01", q.period(LocalDate.of(2026, 9, 1), TODAY));
    }
}
