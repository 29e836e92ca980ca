package se.battrebemotande.organisation;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import se.battrebemotande.account.CurrentUser;
import se.battrebemotande.organisation.enrolment.EnrolmentRow;
import se.battrebemotande.organisation.enrolment.RowStatus;
import se.battrebemotande.platform.NotFoundException;
import se.battrebemotande.web.Language;
import se.battrebemotande.web.PublicAddress;
import se.battrebemotande.web.Texts;

/**
 * {@code /org/{id}/enrol/{draft}}: every row of a read list with what confirming will do to it (new,
 * invalid and why, a repeat of an earlier row, already on the list), a page at a time, and the
 * confirmation that enrols and invites the new ones in one go.
 */
@Named
@ViewScoped
public class PreviewBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Enrolments enrolments;

    @Inject
    OrganisationAddress address;

    @Inject
    CurrentUser user;

    @Inject
    Texts texts;

    @Inject
    Language language;

    @Inject
    PublicAddress publicAddress;

    @Inject
    @Param(name = "draft")
    String draftParameter;

    private long organisationId;
    private long draftId;
    private String source;
    private Map<RowStatus, Long> counts;
    private RowStatus status;
    private String invitationLanguage;
    private boolean sendNow = true;
    private final LazyDataModel<EnrolmentRow> rows = new Rows();

    @PostConstruct
    void init() {
        organisationId = address.getOrganisation().getId();
        try {
            draftId = Long.parseLong(draftParameter);
        } catch (NumberFormatException | NullPointerException e) {
            throw new NotFoundException("draft " + draftParameter);
        }
        source = enrolments.draft(user.id(), organisationId, draftId).getSource();
        counts = enrolments.counts(user.id(), organisationId, draftId);
        invitationLanguage = language.getTag();
        String shown = Faces.getRequestParameter("status");
        try {
            status = shown == null || shown.isBlank() ? null : RowStatus.valueOf(shown);
        } catch (IllegalArgumentException e) {
            status = null;
        }
    }

    private final class Rows extends LazyDataModel<EnrolmentRow> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int)
                    (status == null
                            ? counts.values().stream()
                                    .mapToLong(Long::longValue)
                                    .sum()
                            : counts.get(status));
        }

        @Override
        public List<EnrolmentRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return enrolments.rows(user.id(), organisationId, draftId, status, first, pageSize);
        }

        @Override
        public String getRowKey(EnrolmentRow row) {
            return String.valueOf(row.line());
        }
    }

    public void confirm() throws IOException {
        try {
            Enrolments.Result result = enrolments.confirm(
                    user.id(),
                    organisationId,
                    draftId,
                    sendNow,
                    Locale.forLanguageTag(invitationLanguage),
                    publicAddress.base(Faces.getRequest()));
            Messages.addFlashGlobalInfo(texts.get(
                    result.invited() > 0 ? "preview.invited" : "preview.enrolled",
                    result.enrolled(),
                    result.skipped()));
        } catch (OrganisationRefusedException e) {
            Messages.addFlashGlobalWarn(texts.get("preview.gone"));
        }
        Faces.redirect("org/%s", organisationId);
    }

    public long count(RowStatus rowStatus) {
        return counts.getOrDefault(rowStatus, 0L);
    }

    public long getNewCount() {
        return count(RowStatus.NEW);
    }

    public RowStatus[] getStatuses() {
        return RowStatus.values();
    }

    public LazyDataModel<EnrolmentRow> getRows() {
        return rows;
    }

    public RowStatus getStatus() {
        return status;
    }

    public String getSource() {
        return source;
    }

    public long getDraftId() {
        return draftId;
    }

    public String getInvitationLanguage() {
        return invitationLanguage;
    }

    public void setInvitationLanguage(String invitationLanguage) {
        this.invitationLanguage = "en".equals(invitationLanguage) ? "en" : "sv";
    }

    public boolean isSendNow() {
        return sendNow;
    }

    public void setSendNow(boolean sendNow) {
        this.sendNow = sendNow;
    }
}
