package se.battrebemotande.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGStatement;

/**
 * A read-only SQL statement built up with its parameters, for the lists and statistics that must
 * be filtered, grouped and counted in the database (portable SQL that runs on H2 and PostgreSQL).
 * Instants are bound as UTC timestamps with time zone.
 */
public final class Sql {
    /** Reads a result set into a value. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private final StringBuilder text;
    private final List<Object> parameters = new ArrayList<>();

    public Sql(String text, Object... parameters) {
        this.text = new StringBuilder(text);
        for (Object p : parameters) {
            this.parameters.add(bindable(p));
        }
    }

    /** A statement whose every {@code ?} so far is the same value (an organisation's id, say). */
    public static Sql repeating(String text, Object value) {
        Sql sql = new Sql(text);
        long marks = text.chars().filter(c -> c == '?').count();
        for (long i = 0; i < marks; i++) {
            sql.parameters.add(bindable(value));
        }
        return sql;
    }

    public Sql and(String more, Object... values) {
        text.append(more);
        for (Object v : values) {
            parameters.add(bindable(v));
        }
        return this;
    }

    /** Appends another statement's text and parameters. */
    public Sql and(Sql more) {
        text.append(more.text);
        parameters.addAll(more.parameters);
        return this;
    }

    public <T> T query(DataSource dataSource, Reader<T> reader) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement statement = c.prepareStatement(text.toString())) {
            plannedForItsValues(statement);
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                return reader.read(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Query failed: " + e.getMessage(), e);
        }
    }

    /**
     * These are aggregates whose best plan depends on the values (one county's learners or all of
     * them, a month or two years): PostgreSQL plans them for each call. Otherwise the driver makes a
     * statement run five times a server-side prepared one, and the server may then keep one generic
     * plan for every value, three times slower for a county (README, "Benchmarks").
     */
    private static void plannedForItsValues(PreparedStatement statement) throws SQLException {
        if (statement.isWrapperFor(PGStatement.class)) {
            statement.unwrap(PGStatement.class).setPrepareThreshold(0);
        }
    }

    /** A timestamp column as an instant, or null. */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Object bindable(Object value) {
        return value instanceof Instant i ? OffsetDateTime.ofInstant(i, ZoneOffset.UTC) : value;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
