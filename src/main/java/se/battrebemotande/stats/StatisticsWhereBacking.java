package se.battrebemotande.stats;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.omnifaces.util.Beans;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import se.battrebemotande.account.CurrentUser;
import se.battrebemotande.stats.ChartJson.Series;
import se.battrebemotande.stats.Statistics.OrganisationColumn;
import se.battrebemotande.stats.StatisticsTables.Organisation;
import se.battrebemotande.stats.StatisticsTables.Place;
import se.battrebemotande.web.Paged;
import se.battrebemotande.web.Texts;

/**
 * {@code /admin/where}: members, starts and completions per county and per kind of organisation
 * (charts with their tables), and every organisation in a table searched, sorted and paged in the
 * database. The view keeps the filter it was opened with, so paging and sorting stay in it.
 */
@Named
@ViewScoped
public class StatisticsWhereBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    StatisticsFilters filters;

    @Inject
    Texts texts;

    @Inject
    Statistics statistics;

    @Inject
    CurrentUser user;

    private String search;
    private Paged<Organisation> organisations;

    @PostConstruct
    void init() {
        String q = Faces.getRequestParameter("q");
        search = q == null || q.isBlank()
                ? null
                : q.strip().substring(0, Math.min(200, q.strip().length()));
        String s = search;
        organisations = new Paged<>(
                () -> tables().organisationCount(s),
                (first, size, sort, ascending) ->
                        tables().organisations(s, column(sort), sort == null ? true : ascending, first, size),
                Organisation::id);
    }

    /** The request's tables: this bean outlives a request, its filter comes back with every postback's address. */
    private static StatisticsTables tables() {
        return Beans.getReference(StatisticsTables.class);
    }

    static OrganisationColumn column(String field) {
        try {
            return field == null ? OrganisationColumn.NAME : OrganisationColumn.valueOf(field);
        } catch (IllegalArgumentException e) {
            return OrganisationColumn.NAME;
        }
    }

    /** When the figures per county, kind and organisation were counted. */
    public Instant getCountedAt() {
        return statistics.placesCountedAt(user.id());
    }

    /** Counts the figures per county, kind and organisation again now, and shows this view again. */
    public void countNow() throws IOException {
        statistics.countPlacesNow(user.id());
        Messages.addFlashGlobalInfo(texts.get("stats.where.counted"));
        // The address as it is (with the context path): Faces.redirect would read its query as a format.
        Faces.getExternalContext()
                .redirect(Beans.getReference(StatisticsFilters.class).href("/admin/where"));
    }

    public String getSearch() {
        return search;
    }

    public Paged<Organisation> getOrganisations() {
        return organisations;
    }

    public List<Place> getCounties() {
        return tables().counties();
    }

    public List<Place> getKinds() {
        return tables().kinds();
    }

    public String getCountyChart() {
        return chart(getCounties(), true);
    }

    public String getKindChart() {
        return chart(getKinds(), false);
    }

    public int getCountyChartHeight() {
        return Math.max(14, (int) Math.ceil(getCounties().size() * 2.2) + 5);
    }

    private String chart(List<Place> places, boolean horizontal) {
        return ChartJson.bars(
                places.stream().map(Place::name).toList(),
                List.of(
                        new Series(
                                texts.get("stats.col.members"),
                                places.stream().map(p -> p.row().members()).toList(),
                                ChartJson.COLOURS.get(0),
                                0),
                        new Series(
                                texts.get("stats.col.started"),
                                places.stream().map(p -> p.row().started()).toList(),
                                ChartJson.COLOURS.get(1),
                                1),
                        new Series(
                                texts.get("stats.col.finished"),
                                places.stream().map(p -> p.row().finished()).toList(),
                                ChartJson.COLOURS.get(3),
                                2)),
                horizontal);
    }
}
