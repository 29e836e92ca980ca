package se.battrebemotande.diploma;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Times rendering one diploma PDF, warm, and reports its size:
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=se.battrebemotande.diploma.DiplomaBenchmark</pre>
 */
public final class DiplomaBenchmark {
    private DiplomaBenchmark() {}

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        Diploma diploma = DiplomaPdfTest.courseDiploma("Åsa Öberg-Ähman");
        String url = "https://battrebemotande.example.se/verify/" + diploma.getCode();
        byte[] pdf = null;
        for (int i = 0; i < runs; i++) {
            pdf = DiplomaPdf.render(diploma, url);
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            pdf = DiplomaPdf.render(diploma, url);
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        System.out.printf(
                "diploma PDF, %d renders after %d warm-up: median %.2f ms, p95 %.2f ms, size %d bytes (%.1f KB)%n",
                runs, runs, millis.get(runs / 2), millis.get((int) (runs * 0.95)), pdf.length, pdf.length / 1024.0);
    }
}
