package se.battrebemotande.stats;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.battrebemotande.platform.Spreadsheet;
import se.battrebemotande.platform.Spreadsheet.Column;
import se.battrebemotande.stats.StatisticsTables.Figure;
import se.battrebemotande.stats.StatisticsTables.FunnelRow;
import se.battrebemotande.stats.StatisticsTables.Organisation;
import se.battrebemotande.stats.StatisticsTables.Period;
import se.battrebemotande.stats.StatisticsTables.Place;
import se.battrebemotande.stats.StatisticsTables.QuestionRow;
import se.battrebemotande.web.Texts;

/**
 * Every statistics table as a file: {@code /admin/statistics/{table}.csv} or {@code .xlsx}, with
 * the same filter in the query string as the page it is linked from (and, for organisations, its
 * search {@code q}). The rows are the page's rows ({@link StatisticsTables}); only administrators
 * get here (the administration filter, and again the service).
 */
@WebServlet("/admin/statistics/*")
public class StatisticsExportServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Pattern ADDRESS =
            Pattern.compile("^/(overview|time|counties|kinds|organisations|funnel|questions)\\.(csv|xlsx)$");

    @Inject
    transient StatisticsTables tables;

    @Inject
    transient StatisticsFilters filters;

    @Inject
    transient Texts texts;

    /** A table's columns and its rows, handed over one at a time. */
    private record Table<T>(Spreadsheet<T> sheet, Consumer<Consumer<T>> rows) {}

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher m = ADDRESS.matcher(Optional.ofNullable(request.getPathInfo()).orElse(""));
        if (!m.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (filters.getQuery().hasProblems()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        String name = m.group(1);
        Table<?> table = table(name, request.getParameter("q"));
        StatsFilter f = filters.getFilter();
        String file = texts.get("stats.export.file." + name) + "-" + f.from() + "-" + f.until() + "." + m.group(2);
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"" + file + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(file, StandardCharsets.UTF_8));
        response.setHeader("Cache-Control", "private, no-store");
        OutputStream out = response.getOutputStream();
        if ("csv".equals(m.group(2))) {
            response.setContentType("text/csv; charset=UTF-8");
            write(table, out, null);
        } else {
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            write(table, out, texts.get("stats.export.sheet." + name));
        }
        out.flush();
    }

    private static <T> void write(Table<T> table, OutputStream out, String sheet) throws IOException {
        if (sheet == null) {
            table.sheet().csv(out, table.rows());
        } else {
            table.sheet().xlsx(out, sheet, table.rows());
        }
    }

    private Table<?> table(String name, String search) {
        return switch (name) {
            case "overview" ->
                new Table<>(
                        new Spreadsheet<Figure>(List.of(
                                new Column<>(texts.get("stats.col.figure"), Figure::label, 36),
                                new Column<>(
                                        texts.get("stats.col.current"),
                                        r -> r.change().current(),
                                        16),
                                new Column<>(
                                        texts.get("stats.col.previous"),
                                        r -> r.change().previous(),
                                        16),
                                new Column<>(
                                        texts.get("stats.col.changePercent"),
                                        r -> rounded(r.change().percent()),
                                        14))),
                        each -> tables.overview().forEach(each));
            case "time" ->
                new Table<>(
                        new Spreadsheet<Period>(List.of(
                                new Column<>(texts.get("stats.col.period"), Period::label, 18),
                                new Column<>(
                                        texts.get("stats.col.firstDay"),
                                        r -> r.bucket().first(),
                                        12),
                                new Column<>(
                                        texts.get("stats.col.lastDay"),
                                        r -> r.bucket().last(),
                                        12),
                                new Column<>(
                                        texts.get("stats.col.registrations"),
                                        r -> r.bucket().registrations(),
                                        14),
                                new Column<>(
                                        texts.get("stats.col.starts"),
                                        r -> r.bucket().starts(),
                                        12),
                                new Column<>(
                                        texts.get("stats.col.completions"),
                                        r -> r.bucket().completions(),
                                        14),
                                new Column<>(
                                        texts.get("stats.col.documents"),
                                        r -> r.bucket().documents(),
                                        14))),
                        each -> tables.periods().forEach(each));
            case "counties" -> places(texts.get("stats.col.county"), tables.counties());
            case "kinds" -> places(texts.get("stats.col.kind"), tables.kinds());
            case "organisations" ->
                new Table<>(
                        new Spreadsheet<Organisation>(List.of(
                                new Column<>(texts.get("stats.col.organisation"), Organisation::name, 36),
                                new Column<>(texts.get("stats.col.kind"), Organisation::kind, 22),
                                new Column<>(texts.get("stats.col.county"), Organisation::county, 20),
                                new Column<>(texts.get("stats.col.members"), Organisation::members, 12),
                                new Column<>(texts.get("stats.col.started"), Organisation::started, 12),
                                new Column<>(texts.get("stats.col.finished"), Organisation::finished, 12),
                                new Column<>(texts.get("stats.col.finishedShare"), r -> share(r.finishedShare()), 14))),
                        each -> tables.forEachOrganisation(search, each));
            case "funnel" ->
                new Table<>(
                        new Spreadsheet<FunnelRow>(List.of(
                                new Column<>(texts.get("stats.col.part"), FunnelRow::part, 24),
                                new Column<>(texts.get("stats.col.step"), FunnelRow::step, 36),
                                new Column<>(
                                        texts.get("stats.funnel.started"),
                                        r -> r.figures().started(),
                                        12),
                                new Column<>(
                                        texts.get("stats.funnel.watched"),
                                        r -> r.figures().watched(),
                                        14),
                                new Column<>(
                                        texts.get("stats.funnel.passed"),
                                        r -> r.figures().passed(),
                                        12),
                                new Column<>(texts.get("stats.funnel.lost"), FunnelRow::lost, 12))),
                        each -> tables.funnel().forEach(each));
            default ->
                new Table<>(
                        new Spreadsheet<QuestionRow>(List.of(
                                new Column<>(texts.get("stats.col.questionId"), QuestionRow::id, 10),
                                new Column<>(texts.get("stats.col.step"), QuestionRow::step, 30),
                                new Column<>(texts.get("stats.col.question"), QuestionRow::text, 50),
                                new Column<>(texts.get("stats.col.version"), r -> (long) r.version(), 8),
                                new Column<>(
                                        texts.get("stats.col.answered"),
                                        r -> r.figures().answered(),
                                        10),
                                new Column<>(
                                        texts.get("stats.col.rightShare"),
                                        r -> share(r.figures().rightShare()),
                                        12),
                                new Column<>(texts.get("stats.col.wrongChoice"), QuestionRow::wrongChoice, 40),
                                new Column<>(
                                        texts.get("stats.col.wrongPicks"),
                                        r -> r.wrongChoice() == null
                                                ? null
                                                : r.figures().wrongPicks(),
                                        10),
                                new Column<>(
                                        texts.get("stats.col.discrimination"),
                                        r -> r.figures().discrimination() == null
                                                ? null
                                                : Math.round(r.figures().discrimination() * 100) / 100.0,
                                        14))),
                        each -> tables.questions().forEach(each));
        };
    }

    private Table<Place> places(String heading, List<Place> rows) {
        return new Table<>(
                new Spreadsheet<Place>(List.of(
                        new Column<>(heading, Place::name, 28),
                        new Column<>(
                                texts.get("stats.col.members"), r -> r.row().members(), 12),
                        new Column<>(
                                texts.get("stats.col.started"), r -> r.row().started(), 12),
                        new Column<>(
                                texts.get("stats.col.finished"), r -> r.row().finished(), 12),
                        new Column<>(
                                texts.get("stats.col.finishedShare"),
                                r -> share(r.row().finishedShare()),
                                14))),
                rows::forEach);
    }

    /** A share as percent with one decimal, a number in the spreadsheet. */
    private static Double share(double share) {
        return Math.round(share * 1000) / 10.0;
    }

    private static Double rounded(Double percent) {
        return percent == null ? null : Math.round(percent * 10) / 10.0;
    }
}
