package se.battrebemotande.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default H2 database keeps what it has confirmed when the process is killed (review M4): a
 * child JVM commits 200 rows through the default URL and halts at once, as {@code kill -9} would;
 * all 200 are there afterwards. With H2's default write delay none were.
 */
class H2DurabilityTest {

    /** The child: commits {@code args[1]} rows one by one to the database at {@code args[0]}, then halts. */
    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(args[0], "battre", "battre");
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS confirmed (n INT PRIMARY KEY)");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO confirmed (n) VALUES (?)")) {
                for (int i = 0; i < Integer.parseInt(args[1]); i++) {
                    insert.setInt(1, i);
                    insert.executeUpdate();
                }
            }
            System.out.println("committed");
            Runtime.getRuntime().halt(9);
        }
    }

    @Test
    void committedRowsSurviveAKill(@TempDir Path dir) throws Exception {
        String url = defaultUrl().replace("./data/", dir.toAbsolutePath() + "/");
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        H2DurabilityTest.class.getName(),
                        url,
                        "200")
                .redirectErrorStream(true)
                .start();
        String output = new String(child.getInputStream().readAllBytes());
        child.waitFor(60, TimeUnit.SECONDS);
        assertEquals(9, child.exitValue(), output);
        try (Connection c = DriverManager.getConnection(url, "battre", "battre");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM confirmed")) {
            rs.next();
            assertEquals(200, rs.getInt(1), "every confirmed row, with " + url);
        }
    }

    private static String defaultUrl() throws Exception {
        Properties defaults = new Properties();
        try (InputStream in = H2DurabilityTest.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            defaults.load(in);
        }
        return defaults.getProperty("db.url");
    }
}
