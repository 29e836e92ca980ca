package se.battrebemotande.stats;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import se.battrebemotande.organisation.OrganisationKind;
import se.battrebemotande.stats.TimeSeries.Grain;

/**
 * What a statistics page shows, read from its address ({@code ?from=2026-03-01&until=2026-03-31
 * &county=25&kind=ASSOCIATION&organisation=7&part=3&per=month}), so that every view can be
 * bookmarked and shared. Without a period it is the last {@value #DEFAULT_DAYS} days. A date that
 * cannot be read, an end before the start or a period longer than {@value #MAX_DAYS} days is a
 * problem reported next to its field, and the page then shows the default period rather than a
 * guess. Unknown counties, kinds and parts (only a hand-edited address has them) are left out.
 *
 * @param parameters the address's valid parameters, in a fixed order, as they go into links
 * @param typed the dates as typed, to show them again next to their problem
 * @param problems a message key per field (from, until)
 */
public record StatsQuery(
        StatsFilter filter,
        Grain grain,
        Map<String, String> parameters,
        Map<String, String> typed,
        Map<String, String> problems) {

    public static final int DEFAULT_DAYS = 30;
    public static final long MAX_DAYS = 5 * 366;
    /** A longer period than this is drawn per month unless per week is asked for. */
    static final long WEEKS_UP_TO_DAYS = 190;

    public static StatsQuery parse(
            Function<String, String> parameter, LocalDate today, Set<String> counties, Set<Long> parts) {
        Map<String, String> kept = new LinkedHashMap<>();
        Map<String, String> typed = new LinkedHashMap<>();
        Map<String, String> problems = new LinkedHashMap<>();
        String fromText = trimmed(parameter.apply("from"));
        String untilText = trimmed(parameter.apply("until"));
        typed.put("from", fromText == null ? "" : fromText);
        typed.put("until", untilText == null ? "" : untilText);
        LocalDate from = date(fromText, "from", problems);
        LocalDate until = date(untilText, "until", problems);
        if (problems.isEmpty()) {
            if (until == null) {
                until = from == null || !from.isAfter(today) ? today : from.plusDays(DEFAULT_DAYS - 1L);
            }
            if (from == null) {
                from = until.minusDays(DEFAULT_DAYS - 1L);
            }
            if (until.isBefore(from)) {
                problems.put("until", "stats.problem.order");
            } else if (java.time.temporal.ChronoUnit.DAYS.between(from, until) + 1 > MAX_DAYS) {
                problems.put("from", "stats.problem.tooLong");
            }
        }
        if (!problems.isEmpty()) {
            until = today;
            from = today.minusDays(DEFAULT_DAYS - 1L);
        } else {
            if (fromText != null) {
                kept.put("from", from.toString());
            }
            if (untilText != null) {
                kept.put("until", until.toString());
            }
        }
        String county = trimmed(parameter.apply("county"));
        if (county != null && counties.contains(county)) {
            kept.put("county", county);
        } else {
            county = null;
        }
        OrganisationKind kind = null;
        String kindText = trimmed(parameter.apply("kind"));
        if (kindText != null) {
            try {
                kind = OrganisationKind.valueOf(kindText);
                kept.put("kind", kind.name());
            } catch (IllegalArgumentException e) {
                kind = null;
            }
        }
        Long organisation = id(parameter.apply("organisation"));
        if (organisation != null) {
            kept.put("organisation", organisation.toString());
        }
        Long part = id(parameter.apply("part"));
        if (part != null && parts.contains(part)) {
            kept.put("part", part.toString());
        } else {
            part = null;
        }
        StatsFilter filter = new StatsFilter(from, until, county, kind, organisation, part);
        Grain grain = filter.days() > WEEKS_UP_TO_DAYS ? Grain.MONTH : Grain.WEEK;
        String per = trimmed(parameter.apply("per"));
        if ("week".equals(per) || "month".equals(per)) {
            grain = "week".equals(per) ? Grain.WEEK : Grain.MONTH;
            kept.put("per", per);
        }
        return new StatsQuery(
                filter,
                grain,
                Collections.unmodifiableMap(kept),
                Collections.unmodifiableMap(typed),
                Collections.unmodifiableMap(problems));
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static LocalDate date(String text, String field, Map<String, String> problems) {
        if (text == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.getYear() < 2000 || date.getYear() > 2999) {
                problems.put(field, "stats.problem.date");
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.put(field, "stats.problem.date");
            return null;
        }
    }

    private static Long id(String text) {
        String t = trimmed(text);
        return t != null && t.matches("[1-9][0-9]{0,17}") ? Long.valueOf(t) : null;
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** The query string of this view ("?from=…&…", or "" with no parameters). */
    public String queryString() {
        return with(null, null);
    }

    /**
     * The query string with one parameter changed ({@code value} null or empty: left out). Changing
     * the period also forgets the chosen grain, which suits the new length better.
     */
    public String with(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(parameters);
        if (name != null) {
            changed.remove(name);
            if (value != null && !value.isEmpty()) {
                changed.put(name, value);
            }
        }
        StringBuilder query = new StringBuilder();
        for (Map.Entry<String, String> e : changed.entrySet()) {
            query.append(query.length() == 0 ? "?" : "&")
                    .append(e.getKey())
                    .append('=')
                    .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        }
        return query.toString();
    }

    /** The query string for another period, keeping the other filters. */
    public String period(LocalDate from, LocalDate until) {
        Map<String, String> changed = new LinkedHashMap<>();
        changed.put("from", from.toString());
        changed.put("until", until.toString());
        parameters.forEach((k, v) -> {
            if (!Set.of("from", "until", "per").contains(k)) {
                changed.put(k, v);
            }
        });
        StringBuilder query = new StringBuilder();
        for (Map.Entry<String, String> e : changed.entrySet()) {
            query.append(query.length() == 0 ? "?" : "&")
                    .append(e.getKey())
                    .append('=')
                    .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        }
        return query.toString();
    }
}
