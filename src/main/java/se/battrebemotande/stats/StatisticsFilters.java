package se.battrebemotande.stats;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import se.battrebemotande.course.CourseCatalog;
import se.battrebemotande.course.CourseOutline.PartOutline;
import se.battrebemotande.organisation.OrganisationKind;
import se.battrebemotande.organisation.Organisations;
import se.battrebemotande.organisation.Regions;
import se.battrebemotande.organisation.Regions.County;
import se.battrebemotande.platform.Formats;
import se.battrebemotande.stats.Statistics.Change;
import se.battrebemotande.web.Language;
import se.battrebemotande.web.Texts;

/**
 * The filter every statistics page and export shares, read from the address ({@link StatsQuery}),
 * with what the filter form offers, the links that keep the filter, and the numbers and periods as
 * the reader's language writes them.
 */
@Named
@RequestScoped
public class StatisticsFilters {
    /** The periods offered with one click: the last 30 or 90 days, the last 12 months, this year. */
    public record Preset(String label, String query, boolean current) {}

    @Inject
    HttpServletRequest request;

    @Inject
    CourseCatalog catalog;

    @Inject
    Organisations organisations;

    @Inject
    Language language;

    @Inject
    Texts texts;

    @Inject
    Clock clock;

    private LocalDate today;
    private StatsQuery query;
    private String organisationName;

    @PostConstruct
    void init() {
        today = LocalDate.ofInstant(clock.instant(), Formats.ZONE);
        Set<String> counties =
                Regions.sweden().counties().stream().map(County::code).collect(Collectors.toSet());
        Set<Long> parts = getParts().stream().map(PartOutline::id).collect(Collectors.toSet());
        query = StatsQuery.parse(request::getParameter, today, counties, parts);
    }

    public StatsQuery getQuery() {
        return query;
    }

    /** A parameter of the address, for a form that must keep the filter (hidden fields). */
    public record Parameter(String name, String value) {}

    public List<Parameter> getParameters() {
        return query.parameters().entrySet().stream()
                .map(e -> new Parameter(e.getKey(), e.getValue()))
                .toList();
    }

    public StatsFilter getFilter() {
        return query.filter();
    }

    public List<County> getCounties() {
        return Regions.sweden().counties();
    }

    public OrganisationKind[] getKinds() {
        return OrganisationKind.values();
    }

    public List<PartOutline> getParts() {
        return catalog.outline().parts();
    }

    public String county(String code) {
        return Regions.sweden()
                .county(code)
                .map(c -> c.name(language.getLocale()))
                .orElse(code == null ? "" : code);
    }

    public String kind(String kind) {
        try {
            return texts.get(
                    "organisationKind." + OrganisationKind.valueOf(kind).name());
        } catch (IllegalArgumentException | NullPointerException e) {
            return String.valueOf(kind);
        }
    }

    public String part(PartOutline part) {
        return texts.get("stats.partNumber", part.number(), language.text(part.title()));
    }

    /** The organisation the filter names, or a note that there is none with that id. */
    public String getOrganisationName() {
        Long id = getFilter().organisationId();
        if (id == null) {
            return null;
        }
        if (organisationName == null) {
            String name = organisations.name(id);
            organisationName = name == null ? texts.get("stats.filter.organisationUnknown", String.valueOf(id)) : name;
        }
        return organisationName;
    }

    /** The message for a field's problem, or null. */
    public String problem(String field) {
        String key = query.problems().get(field);
        return key == null ? null : texts.get(key, StatsQuery.MAX_DAYS / 366);
    }

    /** What was typed into a date field, or the date shown when nothing was. */
    public String date(String field) {
        String typed = query.typed().get(field);
        if (typed != null && !typed.isEmpty()) {
            return typed;
        }
        return ("from".equals(field) ? getFilter().from() : getFilter().until()).toString();
    }

    /** A statistics page's address with this filter, e.g. {@code href('/admin/where')}. */
    public String href(String path) {
        return request.getContextPath() + path + query.queryString();
    }

    /** The address with one parameter changed or, with an empty value, removed. */
    public String hrefWith(String path, String name, String value) {
        return request.getContextPath() + path + query.with(name, value);
    }

    /** The address of a table's export in this filter: {@code /admin/statistics/funnel.csv?…}. */
    public String export(String table, String format) {
        return request.getContextPath() + "/admin/statistics/" + table + "." + format + query.queryString();
    }

    /** The export's address with one more parameter (the organisation search), left out when empty. */
    public String exportWith(String table, String format, String name, String value) {
        return request.getContextPath() + "/admin/statistics/" + table + "." + format + query.with(name, value);
    }

    public List<Preset> presets(String path) {
        String base = request.getContextPath() + path;
        LocalDate from30 = today.minusDays(29);
        LocalDate from90 = today.minusDays(89);
        LocalDate from12 = today.minusMonths(12).plusDays(1);
        LocalDate year = today.withDayOfYear(1);
        return List.of(
                preset("stats.preset.30", base, from30),
                preset("stats.preset.90", base, from90),
                preset("stats.preset.12", base, from12),
                preset("stats.preset.year", base, year));
    }

    private Preset preset(String key, String base, LocalDate from) {
        StatsFilter f = getFilter();
        return new Preset(
                texts.get(key),
                base + query.period(from, today),
                f.from().equals(from) && f.until().equals(today));
    }

    /** "1 mars 2026 – 31 mars 2026". */
    public String period(StatsFilter f) {
        DateTimeFormatter format =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.getLocale());
        return format.format(f.from()) + " – " + format.format(f.until());
    }

    public String getPeriod() {
        return period(getFilter());
    }

    public String getPreviousPeriod() {
        return period(getFilter().previous());
    }

    /** A count with the language's digit grouping: "12 345" or "12,345". */
    public String number(long n) {
        return NumberFormat.getIntegerInstance(language.getLocale()).format(n);
    }

    /** A share from 0 to 1 in whole percent: "33 %". */
    public String percent(double share) {
        return texts.get("percent", Math.round(share * 100));
    }

    /** The change against the previous period: "+400 %", "−20 %", "±0 %", or a note that there was nothing to compare with. */
    public String change(Change change) {
        Double percent = change.percent();
        if (percent == null) {
            return change.current() == 0 ? texts.get("stats.change.none") : texts.get("stats.change.new");
        }
        long rounded = Math.round(percent);
        String sign = rounded > 0 ? "+" : rounded < 0 ? "−" : "±";
        return sign + texts.get("percent", Math.abs(rounded));
    }

    /** "up", "down" or "same", for the change's arrow and colour. */
    public String direction(Change change) {
        return change.current() > change.previous() ? "up" : change.current() < change.previous() ? "down" : "same";
    }

    /** A discrimination index with two decimals, or a dash when it cannot be computed. */
    public String decimal(Double value) {
        if (value == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(language.getLocale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value).replace('-', '−');
    }
}
