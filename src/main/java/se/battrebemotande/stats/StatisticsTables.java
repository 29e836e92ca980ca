package se.battrebemotande.stats;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import se.battrebemotande.account.CurrentUser;
import se.battrebemotande.course.CourseCatalog;
import se.battrebemotande.course.CourseOutline.PartOutline;
import se.battrebemotande.course.CourseOutline.StepOutline;
import se.battrebemotande.platform.LocalizedText;
import se.battrebemotande.stats.Statistics.Change;
import se.battrebemotande.stats.Statistics.FunnelStep;
import se.battrebemotande.stats.Statistics.OrganisationColumn;
import se.battrebemotande.stats.Statistics.OrganisationRow;
import se.battrebemotande.stats.Statistics.PlaceRow;
import se.battrebemotande.stats.TimeSeries.Bucket;
import se.battrebemotande.stats.TimeSeries.Grain;
import se.battrebemotande.web.Language;
import se.battrebemotande.web.Texts;

/**
 * The rows of every statistics table for this request's filter, named in the reader's language:
 * what the pages show and what their exports write, so the two never differ. Each is asked of
 * {@link Statistics} once per request.
 */
@RequestScoped
public class StatisticsTables {
    /** One figure of the overview: this period and the one before. */
    public record Figure(String key, String label, Change change) {}

    /** One week or month of the line chart. */
    public record Period(String label, Bucket bucket) {}

    /** A county or a kind of organisation, named. */
    public record Place(String key, String name, PlaceRow row) {}

    /** An organisation's row, its kind and county named; kept in the table's view state, so serializable. */
    public record Organisation(
            long id, String name, String kind, String county, long members, long started, long finished)
            implements Serializable {
        static Organisation of(OrganisationRow r, String kind, String county) {
            return new Organisation(r.id(), r.name(), kind, county, r.members(), r.started(), r.finished());
        }

        public double finishedShare() {
            return members == 0 ? 0 : (double) finished / members;
        }
    }

    /** A step of the funnel; {@code stop} marks the step that loses the most of those who began it. */
    public record FunnelRow(String part, String step, FunnelStep figures, boolean stop) {
        public long lost() {
            return figures.started() - figures.passed();
        }

        public double watchedShare() {
            return figures.started() == 0 ? 0 : (double) figures.watched() / figures.started();
        }

        public double passedShare() {
            return figures.started() == 0 ? 0 : (double) figures.passed() / figures.started();
        }
    }

    /** A question version with its figures and texts. */
    public record QuestionRow(
            QuestionFigures figures,
            String step,
            String text,
            String textLang,
            int version,
            boolean retired,
            String wrongChoice,
            String wrongChoiceLang) {
        public long id() {
            return figures.questionId();
        }

        /** Those who do well overall are hardly likelier to get it right: worth a look. */
        public boolean weakDiscrimination() {
            Double d = figures.discrimination();
            return d != null && d < 0.2;
        }
    }

    @Inject
    Statistics statistics;

    @Inject
    StatisticsFilters filters;

    @Inject
    CurrentUser user;

    @Inject
    CourseCatalog catalog;

    @Inject
    Language language;

    @Inject
    Texts texts;

    private List<Figure> overview;
    private List<Period> periods;
    private List<Place> counties;
    private List<Place> kinds;
    private List<FunnelRow> funnel;
    private List<QuestionRow> questions;

    private StatsFilter filter() {
        return filters.getFilter();
    }

    public List<Figure> overview() {
        if (overview == null) {
            Statistics.Overview o = statistics.overview(user.id(), filter());
            List<Figure> figures = new ArrayList<>();
            figures.add(new Figure("registered", texts.get("stats.registered"), o.registered()));
            figures.add(new Figure(
                    "started",
                    filter().partId() == null ? texts.get("stats.started") : texts.get("stats.startedPart"),
                    o.started()));
            if (filter().partId() == null) {
                figures.add(new Figure("finished", texts.get("stats.finished"), o.finished()));
            }
            for (Statistics.PartFinished p : o.parts()) {
                figures.add(new Figure(
                        "part-" + p.part().number(),
                        texts.get(
                                "stats.finishedPart",
                                p.part().number(),
                                language.text(p.part().title())),
                        p.finished()));
            }
            figures.add(new Figure("documents", texts.get("stats.documents"), o.documents()));
            overview = figures;
        }
        return overview;
    }

    public List<Period> periods() {
        if (periods == null) {
            Grain grain = filters.getQuery().grain();
            DateTimeFormatter month = DateTimeFormatter.ofPattern("LLLL yyyy", language.getLocale());
            periods = TimeSeries.group(statistics.perDay(user.id(), filter()), grain).stream()
                    .map(b -> new Period(
                            grain == Grain.WEEK
                                    ? texts.get(
                                            "stats.week",
                                            String.valueOf(b.first().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)),
                                            String.valueOf(b.first().get(IsoFields.WEEK_BASED_YEAR)))
                                    : month.format(b.first()),
                            b))
                    .toList();
        }
        return periods;
    }

    public List<Place> counties() {
        if (counties == null) {
            counties = statistics.byPlace(user.id(), filter(), true).stream()
                    .map(r -> new Place(r.key(), filters.county(r.key()), r))
                    .toList();
        }
        return counties;
    }

    public List<Place> kinds() {
        if (kinds == null) {
            kinds = statistics.byPlace(user.id(), filter(), false).stream()
                    .map(r -> new Place(r.key(), filters.kind(r.key()), r))
                    .toList();
        }
        return kinds;
    }

    public List<Organisation> organisations(
            String search, OrganisationColumn sort, boolean ascending, int first, int size) {
        return statistics.organisations(user.id(), filter(), search, sort, ascending, first, size).stream()
                .map(r -> Organisation.of(r, filters.kind(r.kind().name()), filters.county(r.county())))
                .toList();
    }

    public long organisationCount(String search) {
        return statistics.organisationCount(user.id(), filter(), search);
    }

    /** Every organisation matching the filter and search, by name, a thousand at a time. */
    public void forEachOrganisation(String search, Consumer<Organisation> each) {
        int chunk = 1000;
        for (int first = 0; ; first += chunk) {
            List<Organisation> page = organisations(search, OrganisationColumn.NAME, true, first, chunk);
            page.forEach(each);
            if (page.size() < chunk) {
                return;
            }
        }
    }

    public List<FunnelRow> funnel() {
        if (funnel == null) {
            List<FunnelStep> steps = statistics.funnel(user.id(), filter());
            FunnelStep stop = steps.stream()
                    .filter(s -> s.started() - s.passed() > 0)
                    .max(Comparator.comparingLong(s -> s.started() - s.passed()))
                    .orElse(null);
            Map<Long, PartOutline> parts = new HashMap<>();
            catalog.outline().parts().forEach(p -> parts.put(p.id(), p));
            funnel = steps.stream()
                    .map(s -> new FunnelRow(partLabel(parts.get(s.step().partId())), stepLabel(s.step()), s, s == stop))
                    .toList();
        }
        return funnel;
    }

    private String partLabel(PartOutline part) {
        return part == null ? "" : filters.part(part);
    }

    private String stepLabel(StepOutline step) {
        return texts.get("stats.stepNumber", step.number(), language.text(step.title()));
    }

    /** The questions answered in the period, the weakest first: least often right, then least telling. */
    public List<QuestionRow> questions() {
        if (questions == null) {
            List<QuestionFigures> figures = statistics.questions(user.id(), filter());
            Set<Long> choices = new HashSet<>();
            figures.stream().filter(f -> f.wrongChoiceId() != null).forEach(f -> choices.add(f.wrongChoiceId()));
            Statistics.Texts texts = statistics.texts(
                    user.id(), figures.stream().map(QuestionFigures::questionId).toList(), choices);
            questions = figures.stream()
                    .sorted(Comparator.comparingDouble(QuestionFigures::rightShare)
                            .thenComparing(
                                    QuestionFigures::discrimination, Comparator.nullsLast(Comparator.naturalOrder()))
                            .thenComparingLong(QuestionFigures::questionId))
                    .map(f -> row(f, texts))
                    .toList();
        }
        return questions;
    }

    private QuestionRow row(QuestionFigures f, Statistics.Texts all) {
        Statistics.QuestionText q = all.questions().get(f.questionId());
        LocalizedText wrong = f.wrongChoiceId() == null ? null : all.choices().get(f.wrongChoiceId());
        String step = q == null
                ? ""
                : catalog.findStep(q.stepId())
                        .map(this::stepLabel)
                        .orElseGet(() -> catalog.stepTitle(q.stepId())
                                .map(language::text)
                                .orElse(""));
        return new QuestionRow(
                f,
                step,
                q == null ? "#" + f.questionId() : language.text(q.text()),
                q == null ? language.getTag() : language.lang(q.text()),
                q == null ? 1 : q.version(),
                q != null && q.retired(),
                wrong == null ? null : language.text(wrong),
                wrong == null ? language.getTag() : language.lang(wrong));
    }
}
