package se.battrebemotande.stats;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * What the statistics' summaries share: the {@code statistics} lock, so that one server at a time
 * writes them, and their row in {@code stats_rollup} saying how far (or when) each was made.
 */
final class Rollups {
    private Rollups() {}

    /** One server at a time: the others wait here until this transaction ends. */
    static void lock(Connection c) throws SQLException {
        try (PreparedStatement s =
                        c.prepareStatement("SELECT name FROM app_lock WHERE name = 'statistics' FOR UPDATE");
                ResultSet rs = s.executeQuery()) {
            rs.next();
        }
    }

    /** The summary's instant; the epoch when it was never made. */
    static Instant rolledUntil(Connection c, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT rolled_until FROM stats_rollup WHERE name = ?")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getObject(1, OffsetDateTime.class).toInstant() : Instant.EPOCH;
            }
        }
    }

    /** The summary's instant, on a connection of its own; the epoch when it was never made. */
    static Instant rolledUntil(DataSource dataSource, String name) {
        try (Connection c = dataSource.getConnection()) {
            return rolledUntil(c, name);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading when " + name + " were summed failed: " + e.getMessage(), e);
        }
    }

    /** Deletes a summary's rows and marks it never made, under the lock. */
    static void empty(DataSource dataSource, String name, String... tables) {
        try (Connection c = dataSource.getConnection()) {
            lock(c);
            for (String table : tables) {
                update(c, "DELETE FROM " + table);
            }
            setRolledUntil(c, name, Instant.EPOCH);
        } catch (SQLException e) {
            throw new IllegalStateException("Emptying " + name + " failed: " + e.getMessage(), e);
        }
    }

    static void setRolledUntil(Connection c, String name, Instant until) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE stats_rollup SET rolled_until = ? WHERE name = ?")) {
            s.setObject(1, OffsetDateTime.ofInstant(until, ZoneOffset.UTC));
            s.setString(2, name);
            s.executeUpdate();
        }
    }

    static void update(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.executeUpdate();
        }
    }

    /** The day, Swedish time, of a timestamp column. */
    static String day(String column) {
        return "CAST(" + column + " AT TIME ZONE 'Europe/Stockholm' AS DATE)";
    }
}
