package se.battrebemotande.stats;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import se.battrebemotande.organisation.OrganisationKind;
import se.battrebemotande.platform.Formats;

/**
 * What a statistics view counts: a period of whole days (Swedish time, {@code until} included),
 * and optionally only members of organisations in one county, of one kind, or one organisation,
 * and one part of the course.
 */
public record StatsFilter(
        LocalDate from, LocalDate until, String county, OrganisationKind kind, Long organisationId, Long partId)
        implements Serializable {

    public StatsFilter {
        if (until.isBefore(from)) {
            LocalDate earlier = until;
            until = from;
            from = earlier;
        }
        county = county == null || county.isBlank() ? null : county;
    }

    public static StatsFilter lastDays(LocalDate today, int days) {
        return new StatsFilter(today.minusDays(days - 1L), today, null, null, null, null);
    }

    public Instant start() {
        return from.atStartOfDay(Formats.ZONE).toInstant();
    }

    public Instant end() {
        return until.plusDays(1).atStartOfDay(Formats.ZONE).toInstant();
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, until) + 1;
    }

    /** The period of the same length just before this one, with the same other filters. */
    public StatsFilter previous() {
        return new StatsFilter(from.minusDays(days()), from.minusDays(1), county, kind, organisationId, partId);
    }

    /** Whether only members of some organisations count. */
    public boolean restrictsPopulation() {
        return county != null || kind != null || organisationId != null;
    }
}
