package se.battrebemotande.organisation;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import se.battrebemotande.account.Accounts;
import se.battrebemotande.mail.MailStatus;
import se.battrebemotande.platform.Database;
import se.battrebemotande.platform.NotFoundException;
import se.battrebemotande.platform.Sql;

/**
 * An organisation's member list as SQL: filtered, searched, sorted and paged in the database, so
 * that a list of 10 000 people never sits in memory, and its totals counted there too. The
 * progress columns read the {@code learning} and {@code diploma} features' tables (step progress,
 * course diplomas and part certificates) read-only: filtering and sorting by progress can only be
 * done where the rows are. Only what an organisation may see is selected: never answers or
 * attempts.
 */
@Stateless
public class MemberLists {
    /** Rows read per query when exporting a whole list. */
    static final int CHUNK = 1000;

    private static final String PROGRESS = "(SELECT sp.account_id, MAX(sp.updated_at) AS last_activity,"
            + " SUM(CASE WHEN sp.completed_at IS NOT NULL AND s.retired = FALSE THEN 1 ELSE 0 END) AS completed"
            + " FROM step_progress sp"
            + " JOIN membership pm ON pm.account_id = sp.account_id AND pm.organisation_id = ?"
            + " JOIN step s ON s.id = sp.step_id GROUP BY sp.account_id) p";
    private static final String DIPLOMA =
            "(SELECT dd.account_id, MIN(dd.issued_at) AS finished_at, MIN(dd.code) AS code"
                    + " FROM diploma dd JOIN membership dm ON dm.account_id = dd.account_id AND dm.organisation_id = ?"
                    + " WHERE dd.kind = 'COURSE' AND dd.revoked_at IS NULL GROUP BY dd.account_id) d";
    private static final String FROM = " FROM membership m"
            + " LEFT JOIN account a ON a.id = m.account_id"
            + " LEFT JOIN mail ml ON ml.id = m.invitation_mail_id"
            + " LEFT JOIN " + PROGRESS + " ON p.account_id = m.account_id"
            + " LEFT JOIN " + DIPLOMA + " ON d.account_id = m.account_id"
            + " WHERE m.organisation_id = ?";
    private static final String STATE = "(CASE WHEN m.account_id IS NULL AND m.invited_at IS NULL THEN 0"
            + " WHEN m.account_id IS NULL THEN 1 WHEN d.account_id IS NOT NULL THEN 4"
            + " WHEN p.account_id IS NOT NULL THEN 3 ELSE 2 END)";
    private static final String NAME = "COALESCE(a.name, m.name)";
    private static final String EMAIL = "COALESCE(a.email, m.email)";
    private static final String COLUMNS = "SELECT m.id, m.account_id, " + NAME + " AS name, " + EMAIL + " AS email,"
            + " m.role, " + STATE
            + " AS state, m.invited_at, m.invitation_expires_at, ml.status AS mail_status, ml.attempts AS mail_attempts,"
            + " m.joined_at, p.last_activity, p.completed, d.finished_at, d.code, a.language, m.language AS invited_language";

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Organisations organisations;

    @Inject
    Accounts accounts;

    /** One page of the list, for the organisation's administrator. */
    public List<MemberRow> page(long accountId, long organisationId, MemberListQuery query, int first, int size) {
        organisations.administered(accountId, organisationId);
        return withProgress(rows(organisationId, query, first, size));
    }

    /** One person on the list, with progress. */
    public Optional<MemberRow> row(long accountId, long organisationId, long membershipId) {
        organisations.administered(accountId, organisationId);
        Sql sql = Sql.repeating(COLUMNS + FROM, organisationId).and(" AND m.id = ?", membershipId);
        return withProgress(read(sql)).stream().findFirst();
    }

    /** The organisation's administrators, by name. */
    public List<MemberRow> administrators(long accountId, long organisationId) {
        organisations.administered(accountId, organisationId);
        Sql sql = Sql.repeating(COLUMNS + FROM, organisationId)
                .and(" AND m.role = 'ADMIN' ORDER BY LOWER(" + NAME + "), m.id");
        return read(sql);
    }

    /** How many people the query finds. */
    public long count(long accountId, long organisationId, MemberListQuery query) {
        organisations.administered(accountId, organisationId);
        Sql sql = where(Sql.repeating("SELECT COUNT(*)" + FROM, organisationId), query);
        return sql.query(dataSource, rs -> rs.next() ? rs.getLong(1) : 0L);
    }

    public MemberTotals totals(long accountId, long organisationId) {
        organisations.administered(accountId, organisationId);
        return totalsOf(organisationId);
    }

    /** Any organisation's totals, for the county board's administrators. */
    public MemberTotals totalsOfAny(long administratorId, long organisationId) {
        siteAdministrator(administratorId, organisationId);
        return totalsOf(organisationId);
    }

    private MemberTotals totalsOf(long organisationId) {
        Sql sql = Sql.repeating(
                "SELECT SUM(CASE WHEN m.account_id IS NOT NULL THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN m.account_id IS NULL AND m.invited_at IS NOT NULL THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN m.account_id IS NULL AND m.invited_at IS NULL THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN m.account_id IS NOT NULL AND p.account_id IS NOT NULL THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN m.account_id IS NOT NULL AND d.account_id IS NOT NULL THEN 1 ELSE 0 END)"
                        + FROM,
                organisationId);
        return sql.query(dataSource, rs -> {
            rs.next();
            return new MemberTotals(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5));
        });
    }

    /** Every row the query finds, in order, a chunk at a time (for exports): memory stays bounded. */
    public void forEach(long accountId, long organisationId, MemberListQuery query, Consumer<MemberRow> each) {
        organisations.administered(accountId, organisationId);
        for (int first = 0; ; first += CHUNK) {
            List<MemberRow> chunk = withProgress(rows(organisationId, query, first, CHUNK));
            chunk.forEach(each);
            if (chunk.size() < CHUNK) {
                return;
            }
        }
    }

    /** One page of any organisation's list, for the county board's administrators. */
    public List<MemberRow> pageOfAny(
            long administratorId, long organisationId, MemberListQuery query, int first, int size) {
        siteAdministrator(administratorId, organisationId);
        return withProgress(rows(organisationId, query, first, size));
    }

    /** How many people the query finds on any organisation's list, for the county board's administrators. */
    public long countOfAny(long administratorId, long organisationId, MemberListQuery query) {
        siteAdministrator(administratorId, organisationId);
        Sql sql = where(Sql.repeating("SELECT COUNT(*)" + FROM, organisationId), query);
        return sql.query(dataSource, rs -> rs.next() ? rs.getLong(1) : 0L);
    }

    /** Any organisation's administrators, by name, for the county board's administrators. */
    public List<MemberRow> administratorsOfAny(long administratorId, long organisationId) {
        siteAdministrator(administratorId, organisationId);
        return read(Sql.repeating(COLUMNS + FROM, organisationId)
                .and(" AND m.role = 'ADMIN' ORDER BY LOWER(" + NAME + "), m.id"));
    }

    /** The county board's administrators see every organisation's list; to anyone else it does not exist. */
    private void siteAdministrator(long administratorId, long organisationId) {
        if (!accounts.isAdmin(administratorId) || organisations.name(organisationId) == null) {
            throw new NotFoundException("organisation " + organisationId);
        }
    }

    /** Joined members who have not finished and have not been reminded within a week. */
    public List<Remindable> remindable(long organisationId, Instant now) {
        Sql sql = Sql.repeating(COLUMNS + ", m.reminded_at" + FROM, organisationId)
                .and(" AND m.account_id IS NOT NULL AND d.account_id IS NULL")
                .and(" AND (m.reminded_at IS NULL OR m.reminded_at <= ?)", now.minus(Membership.REMINDER_INTERVAL))
                .and(" ORDER BY m.id");
        return sql.query(dataSource, rs -> {
            List<Remindable> list = new ArrayList<>();
            while (rs.next()) {
                list.add(new Remindable(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("email"),
                        Locale.forLanguageTag(rs.getString("language")),
                        rs.getInt("completed")));
            }
            return list;
        });
    }

    /** A member to remind: whom, in which language, and how far they have come. */
    public record Remindable(long membershipId, String name, String email, Locale language, int completedSteps) {}

    /** Every address on the list: those invited and those of members' accounts, without case. */
    public Set<String> knownEmails(long organisationId) {
        Sql sql = new Sql(
                "SELECT m.email FROM membership m WHERE m.organisation_id = ? UNION"
                        + " SELECT a.email FROM membership m JOIN account a ON a.id = m.account_id"
                        + " WHERE m.organisation_id = ?",
                organisationId,
                organisationId);
        return sql.query(dataSource, rs -> {
            Set<String> emails = new HashSet<>();
            while (rs.next()) {
                emails.add(rs.getString(1).toLowerCase(Locale.ROOT));
            }
            return emails;
        });
    }

    private List<MemberRow> rows(long organisationId, MemberListQuery query, int first, int size) {
        Sql sql = where(Sql.repeating(COLUMNS + FROM, organisationId), query)
                .and(" ORDER BY " + order(query) + ", m.id LIMIT ? OFFSET ?", size, first);
        return read(sql);
    }

    private List<MemberRow> read(Sql sql) {
        return sql.query(dataSource, rs -> {
            List<MemberRow> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(row(rs));
            }
            return rows;
        });
    }

    private static Sql where(Sql sql, MemberListQuery query) {
        if (query.state() != null) {
            sql.and(" AND " + STATE + " = ?", query.state().ordinal());
        }
        if (query.search() != null) {
            String like = "%"
                    + query.search().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            sql.and(
                    " AND (LOWER(COALESCE(" + NAME + ", '')) LIKE ? ESCAPE '\\' OR LOWER(" + EMAIL
                            + ") LIKE ? ESCAPE '\\')",
                    like,
                    like);
        }
        return sql;
    }

    private static String order(MemberListQuery query) {
        String direction = query.ascending() ? " ASC" : " DESC";
        String expression = switch (query.sort()) {
            case NAME -> "LOWER(COALESCE(" + NAME + ", " + EMAIL + "))";
            case EMAIL -> "LOWER(" + EMAIL + ")";
            case STATE -> STATE;
            case PROGRESS -> "COALESCE(p.completed, -1)";
            case LAST_ACTIVITY -> "p.last_activity";
            case FINISHED -> "d.finished_at";
            case ADDED -> "m.added_at";
        };
        return expression + direction + " NULLS LAST";
    }

    private static MemberRow row(ResultSet rs) throws SQLException {
        String mail = rs.getString("mail_status");
        long account = rs.getLong("account_id");
        Long accountId = rs.wasNull() ? null : account;
        return new MemberRow(
                rs.getLong("id"),
                accountId,
                rs.getString("name"),
                rs.getString("email"),
                MemberRole.valueOf(rs.getString("role")),
                MemberState.values()[rs.getInt("state")],
                Sql.instant(rs, "invited_at"),
                Sql.instant(rs, "invitation_expires_at"),
                mail == null ? null : MailStatus.valueOf(mail),
                rs.getInt("mail_attempts"),
                Sql.instant(rs, "joined_at"),
                Sql.instant(rs, "last_activity"),
                rs.getInt("completed"),
                Map.of(),
                Map.of(),
                Sql.instant(rs, "finished_at"),
                rs.getString("code"));
    }

    /** Adds completed steps and certificates per part, in two queries for the whole page. */
    private List<MemberRow> withProgress(List<MemberRow> rows) {
        List<Long> accounts =
                rows.stream().map(MemberRow::accountId).filter(a -> a != null).toList();
        if (accounts.isEmpty()) {
            return rows;
        }
        String in = accounts.stream().map(a -> "?").collect(Collectors.joining(","));
        Map<Long, Map<Long, Integer>> steps = new Sql(
                        "SELECT sp.account_id, s.part_id, COUNT(*) FROM step_progress sp JOIN step s ON s.id = sp.step_id"
                                + " WHERE sp.completed_at IS NOT NULL AND s.retired = FALSE AND sp.account_id IN (" + in
                                + ") GROUP BY sp.account_id, s.part_id",
                        accounts.toArray())
                .query(dataSource, rs -> {
                    Map<Long, Map<Long, Integer>> map = new HashMap<>();
                    while (rs.next()) {
                        map.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getLong(2), rs.getInt(3));
                    }
                    return map;
                });
        Map<Long, Map<Long, Instant>> certificates = new Sql(
                        "SELECT account_id, part_id, MIN(issued_at) FROM diploma WHERE kind = 'PART'"
                                + " AND revoked_at IS NULL AND account_id IN (" + in + ") GROUP BY account_id, part_id",
                        accounts.toArray())
                .query(dataSource, rs -> {
                    Map<Long, Map<Long, Instant>> map = new HashMap<>();
                    while (rs.next()) {
                        map.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getLong(2), Sql.instant(rs, 3));
                    }
                    return map;
                });
        return rows.stream()
                .map(r -> r.accountId() == null
                        ? r
                        : r.withProgress(
                                steps.getOrDefault(r.accountId(), Map.of()),
                                certificates.getOrDefault(r.accountId(), Map.of())))
                .toList();
    }
}
