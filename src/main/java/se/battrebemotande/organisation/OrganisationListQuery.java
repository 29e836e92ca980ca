package se.battrebemotande.organisation;

import java.io.Serializable;
import java.util.Locale;

/**
 * Which organisations the administrators' list shows and in what order: words of the name or the
 * beginning of the organisation number, a county, a kind (any of them may be null), a column.
 */
public record OrganisationListQuery(
        String search, String countyCode, OrganisationKind kind, Column sort, boolean ascending)
        implements Serializable {
    /** The columns the list can be sorted by. */
    public enum Column {
        NAME,
        KIND,
        COUNTY,
        MEMBERS,
        CREATED
    }

    public static final OrganisationListQuery ALL = new OrganisationListQuery(null, null, null, Column.NAME, true);

    public OrganisationListQuery {
        search = search == null || search.isBlank() ? null : search.strip().toLowerCase(Locale.ROOT);
        countyCode = countyCode == null || countyCode.isBlank() ? null : countyCode.strip();
        sort = sort == null ? Column.NAME : sort;
    }

    /** The search as the digits of an organisation number, when it looks like one (at least four digits, nothing else). */
    String numberPrefix() {
        if (search == null) {
            return null;
        }
        String digits = search.replace("-", "").replace(" ", "");
        return digits.length() >= 4 && digits.chars().allMatch(Character::isDigit) ? digits : null;
    }
}
