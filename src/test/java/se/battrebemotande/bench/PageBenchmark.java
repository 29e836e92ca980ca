package se.battrebemotande.bench;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.battrebemotande.it.Web;

/**
 * Times the pages a learner opens most, warm, one request at a time, against a running app:
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=se.battrebemotande.bench.PageBenchmark -Dexec.args="http://localhost:8080 500"</pre>
 * Registers a fresh learner, warms up, then reports median, 95th percentile and maximum.
 */
public final class PageBenchmark {
    private PageBenchmark() {}

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        Web web = new Web(URI.create(base).toURL());
        web.registerNewLearner("Benchmark Person");
        String course = web.get("/course").body();
        Matcher step =
                Pattern.compile("href=\"(/course/[a-z0-9-]+/[a-z0-9-]+)\"").matcher(course);
        if (!step.find()) {
            throw new IllegalStateException("No step link on /course");
        }
        System.out.printf("%d requests per page after %d warm-up requests, one at a time%n", requests, requests);
        for (String path : List.of("/course", step.group(1), "/")) {
            time(web, path, requests);
            List<Double> millis = time(web, path, requests);
            Collections.sort(millis);
            System.out.printf(
                    "%-45s median %6.2f ms   p95 %6.2f ms   max %6.2f ms%n",
                    path,
                    millis.get(millis.size() / 2),
                    millis.get((int) (millis.size() * 0.95)),
                    millis.get(millis.size() - 1));
        }
    }

    private static List<Double> time(Web web, String path, int requests) {
        List<Double> millis = new ArrayList<>(requests);
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = web.get(path);
            millis.add((System.nanoTime() - start) / 1e6);
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
        }
        return millis;
    }
}
