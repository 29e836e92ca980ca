package se.battrebemotande.learning;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import se.battrebemotande.account.CurrentUser;
import se.battrebemotande.learning.WatchedIntervals.Interval;

/**
 * Where the step page's player reports what it played on this visit: {@code {"intervals": [[0, 9.8]],
 * "position": 9.8}}. Reports may repeat intervals; only film not watched before counts.
 * It accepts {@code text/plain} too, which is what {@code navigator.sendBeacon} sends when a page closes.
 */
@Path("progress")
@RequestScoped
public class ProgressResource {
    static final int MAX_INTERVALS_PER_REPORT = 50;
    static final int MAX_BODY_CHARS = 8_000;

    @Inject
    Learning learning;

    @Inject
    CurrentUser learner;

    @Inject
    ReportLimit limit;

    public record Report(List<Interval> intervals, double position) {}

    @POST
    @Path("{stepId}")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    public Response report(@PathParam("stepId") long stepId, String body) {
        Report report;
        try {
            report = parse(body);
        } catch (IllegalArgumentException e) {
            return error(Response.Status.BAD_REQUEST, e.getMessage());
        }
        long wait = limit.take(learner.id(), stepId);
        if (wait > 0) {
            return Response.status(Response.Status.TOO_MANY_REQUESTS)
                    .header("Retry-After", wait)
                    .type(MediaType.APPLICATION_JSON)
                    .entity(Json.createObjectBuilder()
                            .add("error", "too many reports: wait " + wait + " s")
                            .add("retryAfter", wait)
                            .build())
                    .build();
        }
        try {
            PlaybackResult result =
                    learning.recordPlayback(learner.id(), stepId, report.intervals(), report.position());
            return Response.ok(Json.createObjectBuilder()
                            .add("watchedPercent", result.watchedPercent())
                            .add("testOpen", result.testOpen())
                            .add("complete", result.complete())
                            .add("creditPending", result.creditPending())
                            .build())
                    .build();
        } catch (UnknownStepException e) {
            return error(Response.Status.NOT_FOUND, "no such step");
        }
    }

    static Report parse(String body) {
        if (body == null || body.isBlank() || body.length() > MAX_BODY_CHARS) {
            throw new IllegalArgumentException("expected a JSON object of at most " + MAX_BODY_CHARS + " characters");
        }
        JsonObject json;
        try (var reader = Json.createReader(new StringReader(body))) {
            json = reader.readObject();
        } catch (RuntimeException e) {
            // Parsson's JsonException, and its RuntimeException for input nested too deeply.
            throw new IllegalArgumentException("not a JSON object");
        }
        JsonValue intervalsValue = json.get("intervals");
        if (!(intervalsValue instanceof JsonArray array) || array.size() > MAX_INTERVALS_PER_REPORT) {
            throw new IllegalArgumentException(
                    "\"intervals\" must be a list of at most " + MAX_INTERVALS_PER_REPORT + " [start, end] pairs");
        }
        List<Interval> intervals = new ArrayList<>();
        for (JsonValue value : array) {
            if (!(value instanceof JsonArray pair)
                    || pair.size() != 2
                    || !(pair.get(0) instanceof JsonNumber start)
                    || !(pair.get(1) instanceof JsonNumber end)) {
                throw new IllegalArgumentException("every interval must be a [start, end] pair of numbers");
            }
            intervals.add(new Interval(start.doubleValue(), end.doubleValue()));
        }
        double position = json.get("position") instanceof JsonNumber n ? n.doubleValue() : Double.NaN;
        return new Report(intervals, position);
    }

    private static Response error(Response.Status status, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .entity(Json.createObjectBuilder().add("error", message).build())
                .build();
    }
}
