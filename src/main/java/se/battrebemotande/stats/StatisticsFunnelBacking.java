package se.battrebemotande.stats;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.battrebemotande.course.CourseCatalog;
import se.battrebemotande.course.CourseOutline.PartOutline;
import se.battrebemotande.stats.ChartJson.Series;
import se.battrebemotande.stats.StatisticsTables.FunnelRow;
import se.battrebemotande.web.Language;
import se.battrebemotande.web.Texts;

/**
 * {@code /admin/funnel}: per step, of those who began it in the period, how many watched the film
 * far enough for the test and how many passed it; the step that loses the most stands out.
 */
@Named
@RequestScoped
public class StatisticsFunnelBacking {
    @Inject
    StatisticsTables tables;

    @Inject
    Texts texts;

    @Inject
    CourseCatalog catalog;

    @Inject
    Language language;

    public List<FunnelRow> getSteps() {
        return tables.funnel();
    }

    public FunnelRow getStop() {
        return getSteps().stream().filter(FunnelRow::stop).findFirst().orElse(null);
    }

    public String getChart() {
        List<FunnelRow> steps = getSteps();
        return ChartJson.bars(
                steps.stream()
                        .map(s -> (s.stop() ? "▶ " : "") + partNumber(s) + "."
                                + s.figures().step().number() + " "
                                + language.text(s.figures().step().title()))
                        .toList(),
                List.of(
                        new Series(
                                texts.get("stats.funnel.started"),
                                steps.stream().map(s -> s.figures().started()).toList(),
                                ChartJson.COLOURS.get(0),
                                0),
                        new Series(
                                texts.get("stats.funnel.watched"),
                                steps.stream().map(s -> s.figures().watched()).toList(),
                                ChartJson.COLOURS.get(1),
                                1),
                        new Series(
                                texts.get("stats.funnel.passed"),
                                steps.stream().map(s -> s.figures().passed()).toList(),
                                ChartJson.COLOURS.get(3),
                                2)),
                true);
    }

    /** The part's number before the step's, so that "1. …" of each part can be told apart in the chart. */
    private int partNumber(FunnelRow row) {
        long partId = row.figures().step().partId();
        return catalog.outline().parts().stream()
                .filter(p -> p.id() == partId)
                .mapToInt(PartOutline::number)
                .findFirst()
                .orElse(0);
    }

    /** Room for every step's bars: the chart grows with the number of steps. */
    public int getChartHeight() {
        return Math.max(16, 3 * getSteps().size() + 4);
    }
}
