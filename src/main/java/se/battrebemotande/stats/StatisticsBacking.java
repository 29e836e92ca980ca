package se.battrebemotande.stats;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.battrebemotande.stats.ChartJson.Series;
import se.battrebemotande.stats.StatisticsTables.Figure;
import se.battrebemotande.stats.StatisticsTables.Period;
import se.battrebemotande.stats.TimeSeries.Bucket;
import se.battrebemotande.web.Texts;

/** {@code /admin}: the overview of the period against the one before, and the figures over time. */
@Named
@RequestScoped
public class StatisticsBacking {
    @Inject
    StatisticsTables tables;

    @Inject
    StatisticsFilters filters;

    @Inject
    Texts texts;

    public List<Figure> getOverview() {
        return tables.overview();
    }

    public List<Period> getPeriods() {
        return tables.periods();
    }

    public boolean isPerMonth() {
        return filters.getQuery().grain() == TimeSeries.Grain.MONTH;
    }

    /** The line chart of registrations, starts, completions and documents per week or month. */
    public String getTimeChart() {
        List<Period> periods = getPeriods();
        List<String> labels = periods.stream().map(Period::label).toList();
        return ChartJson.line(
                labels,
                List.of(
                        series(
                                "stats.col.registrations",
                                periods.stream()
                                        .map(p -> p.bucket().registrations())
                                        .toList(),
                                0),
                        series(
                                "stats.col.starts",
                                periods.stream().map(p -> p.bucket().starts()).toList(),
                                1),
                        series(
                                "stats.col.completions",
                                periods.stream()
                                        .map(p -> p.bucket().completions())
                                        .toList(),
                                2),
                        series(
                                "stats.col.documents",
                                periods.stream()
                                        .map(p -> p.bucket().documents())
                                        .toList(),
                                3)));
    }

    private Series series(String key, List<Long> values, int index) {
        return new Series(texts.get(key), values, ChartJson.COLOURS.get(index), index);
    }

    /** Whether anything happened in the period at all. */
    public boolean isQuiet() {
        return getPeriods().stream()
                .map(Period::bucket)
                .allMatch(b -> b.registrations() + b.starts() + b.completions() + b.documents() == 0);
    }

    public String range(Bucket b) {
        return b.first().equals(b.last()) ? b.first().toString() : b.first() + " – " + b.last();
    }
}
