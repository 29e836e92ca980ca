package se.battrebemotande.organisation;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import se.battrebemotande.account.CurrentUser;
import se.battrebemotande.course.CourseCatalog;
import se.battrebemotande.course.CourseOutline.PartOutline;
import se.battrebemotande.web.PublicAddress;
import se.battrebemotande.web.Texts;

/**
 * {@code /org/{id}}: the organisation's members with their progress, filtered, searched, sorted and
 * paged in the database (a lazy table), the totals above them, exports, invitations still to send
 * and reminders to those who have not finished.
 */
@Named
@ViewScoped
public class MembersBacking implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 25;

    @Inject
    MemberLists lists;

    @Inject
    Enrolments enrolments;

    @Inject
    Reminders reminders;

    @Inject
    OrganisationAddress address;

    @Inject
    CurrentUser user;

    @Inject
    CourseCatalog catalog;

    @Inject
    Texts texts;

    @Inject
    PublicAddress publicAddress;

    private long organisationId;
    private MemberState state;
    private String search;
    private MemberTotals totals;
    private Reminders.Plan reminderPlan;
    private final LazyDataModel<MemberRow> members = new Members();

    /** The filter comes from the address ({@code ?state=INVITED&q=anna}), so a filtered list can be bookmarked. */
    @PostConstruct
    void init() {
        organisationId = address.getOrganisation().getId();
        String stateParameter = Faces.getRequestParameter("state");
        try {
            state = stateParameter == null || stateParameter.isBlank() ? null : MemberState.valueOf(stateParameter);
        } catch (IllegalArgumentException e) {
            state = null;
        }
        String q = Faces.getRequestParameter("q");
        search = q == null || q.isBlank()
                ? null
                : q.strip().substring(0, Math.min(200, q.strip().length()));
    }

    /** The members, a page at a time as the table asks for them. */
    private final class Members extends LazyDataModel<MemberRow> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) lists.count(user.id(), organisationId, query(null));
        }

        @Override
        public List<MemberRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return lists.page(user.id(), organisationId, query(sortBy), first, pageSize);
        }

        @Override
        public String getRowKey(MemberRow row) {
            return String.valueOf(row.membershipId());
        }
    }

    private MemberListQuery query(Map<String, SortMeta> sortBy) {
        MemberListQuery.Column column = MemberListQuery.Column.NAME;
        boolean ascending = true;
        if (sortBy != null && !sortBy.isEmpty()) {
            SortMeta sort = sortBy.values().iterator().next();
            try {
                column = MemberListQuery.Column.valueOf(sort.getField());
            } catch (IllegalArgumentException | NullPointerException e) {
                column = MemberListQuery.Column.NAME;
            }
            ascending = sort.getOrder() != SortOrder.DESCENDING;
        }
        return new MemberListQuery(state, search, column, ascending);
    }

    public MemberTotals getTotals() {
        if (totals == null) {
            totals = lists.totals(user.id(), organisationId);
        }
        return totals;
    }

    public List<PartOutline> getParts() {
        return catalog.outline().parts();
    }

    /** Sends invitations to everyone on the list who has none yet. */
    public void inviteNotInvited() throws IOException {
        int invited = enrolments.inviteAllNotInvited(user.id(), organisationId, site());
        Messages.addFlashGlobalInfo(texts.get("members.invitedNow", invited));
        Faces.redirect("org/%s", organisationId);
    }

    /** Shows how many a reminder would reach before it is sent. */
    public void planReminder() {
        reminderPlan = reminders.plan(user.id(), organisationId);
    }

    public void cancelReminder() {
        reminderPlan = null;
    }

    public void sendReminder() throws IOException {
        int sent = reminders.send(user.id(), organisationId, site());
        reminderPlan = null;
        Messages.addFlashGlobalInfo(texts.get("members.reminded", sent));
        Faces.redirect("org/%s", organisationId);
    }

    /** The address of an export of what the table shows now (state and search). */
    public String export(String format) {
        StringBuilder href =
                new StringBuilder(Faces.getRequestContextPath() + "/org/" + organisationId + "/members." + format);
        String separator = "?";
        if (state != null) {
            href.append(separator).append("state=").append(state.name());
            separator = "&";
        }
        if (search != null && !search.isBlank()) {
            href.append(separator).append("q=").append(URLEncoder.encode(search.strip(), StandardCharsets.UTF_8));
        }
        return href.toString();
    }

    private String site() {
        return publicAddress.base(Faces.getRequest());
    }

    public LazyDataModel<MemberRow> getMembers() {
        return members;
    }

    public MemberState[] getStates() {
        return MemberState.values();
    }

    public Reminders.Plan getReminderPlan() {
        return reminderPlan;
    }

    public MemberState getState() {
        return state;
    }

    public String getSearch() {
        return search;
    }
}
