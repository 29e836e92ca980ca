package se.battrebemotande.organisation;

import java.util.Locale;

/**
 * Which part of an organisation's list to show and in what order: a state (or all), words to find in
 * names and addresses, a column to sort by.
 */
public record MemberListQuery(MemberState state, String search, Column sort, boolean ascending) {
    /** The columns the list can be sorted by. */
    public enum Column {
        NAME,
        EMAIL,
        STATE,
        PROGRESS,
        LAST_ACTIVITY,
        FINISHED,
        ADDED
    }

    public static final MemberListQuery ALL = new MemberListQuery(null, null, Column.NAME, true);

    public MemberListQuery {
        search = search == null || search.isBlank() ? null : search.strip().toLowerCase(Locale.ROOT);
        sort = sort == null ? Column.NAME : sort;
    }

    public MemberListQuery withState(MemberState state) {
        return new MemberListQuery(state, search, sort, ascending);
    }
}
