package se.battrebemotande.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import se.battrebemotande.account.CurrentUser;
import se.battrebemotande.organisation.MemberListQuery;
import se.battrebemotande.organisation.MemberLists;
import se.battrebemotande.organisation.MemberRow;
import se.battrebemotande.organisation.MemberTotals;
import se.battrebemotande.organisation.OrganisationAdministration;
import se.battrebemotande.organisation.OrganisationAdministration.MergePreview;
import se.battrebemotande.organisation.OrganisationAdministration.Merged;
import se.battrebemotande.organisation.OrganisationAdministration.Summary;
import se.battrebemotande.organisation.OrganisationListQuery;
import se.battrebemotande.organisation.OrganisationListing;
import se.battrebemotande.organisation.OrganisationRefusedException;
import se.battrebemotande.platform.NotFoundException;
import se.battrebemotande.web.Paged;
import se.battrebemotande.web.Texts;

/**
 * {@code /admin/organisations/{id}}: one organisation with its administrators and its members'
 * progress; making a member an administrator or taking the role away; merging a duplicate, with a
 * preview of what moves ({@code ?merge=<other id>&keep=<id>}) before it is confirmed. The address
 * of an organisation merged away leads to the one it became part of.
 */
@Named
@ViewScoped
public class OrganisationBacking implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int CANDIDATES = 10;

    @Inject
    OrganisationAdministration organisations;

    @Inject
    OrganisationChanges changes;

    @Inject
    MemberLists lists;

    @Inject
    CurrentUser user;

    @Inject
    Texts texts;

    private long organisationId;
    private Long mergedInto;
    private Summary summary;
    private MemberTotals totals;
    private List<MemberRow> administrators;
    private String search;
    private Paged<MemberRow> members;
    private String find;
    private Long mergeWith;
    private boolean keepThis = true;
    private List<OrganisationListing> duplicates;
    private List<OrganisationListing> candidates;
    private MergePreview preview;
    private String mergeProblem;

    @PostConstruct
    void init() {
        organisationId = id(Faces.getRequestParameter("organisation"));
        mergedInto = organisations.mergedInto(user.id(), organisationId).orElse(null);
        if (mergedInto != null) {
            return;
        }
        summary = organisations.summary(user.id(), organisationId);
        search = text(Faces.getRequestParameter("q"));
        find = text(Faces.getRequestParameter("find"));
        String merge = Faces.getRequestParameter("merge");
        if (merge != null && !merge.isBlank()) {
            try {
                mergeWith = Long.parseLong(merge.strip());
                keepThis = !String.valueOf(mergeWith).equals(Faces.getRequestParameter("keep"));
                preview = keepThis
                        ? organisations.previewMerge(user.id(), organisationId, mergeWith)
                        : organisations.previewMerge(user.id(), mergeWith, organisationId);
            } catch (NumberFormatException | NotFoundException e) {
                mergeWith = null;
                mergeProblem = texts.get("adminOrganisation.merge.notFound");
            } catch (OrganisationRefusedException e) {
                mergeWith = null;
                mergeProblem = texts.get("organisation.refused." + e.reason().name());
            }
        }
        members = new Paged<>(
                () -> lists.countOfAny(user.id(), organisationId, query(null, true)),
                (first, size, sort, ascending) ->
                        lists.pageOfAny(user.id(), organisationId, query(sort, ascending), first, size),
                MemberRow::membershipId);
    }

    private static long id(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException | NullPointerException e) {
            throw new NotFoundException("organisation " + text);
        }
    }

    private static String text(String parameter) {
        return parameter == null
                ? ""
                : parameter.strip().substring(0, Math.min(200, parameter.strip().length()));
    }

    private MemberListQuery query(String sort, boolean ascending) {
        MemberListQuery.Column column;
        try {
            column = sort == null ? MemberListQuery.Column.NAME : MemberListQuery.Column.valueOf(sort);
        } catch (IllegalArgumentException e) {
            column = MemberListQuery.Column.NAME;
        }
        return new MemberListQuery(null, search, column, ascending);
    }

    /** The page's view action: the address of an organisation merged away leads to the one kept. */
    public void load() throws IOException {
        if (mergedInto != null) {
            Messages.addFlashGlobalInfo(texts.get("adminOrganisation.mergedAway"));
            Faces.redirect("admin/organisations/%s", mergedInto);
        }
    }

    public void makeAdmin(long membershipId) throws IOException {
        try {
            changes.makeAdmin(user.id(), organisationId, membershipId);
        } catch (OrganisationRefusedException e) {
            refused(e);
            return;
        }
        done(texts.get("adminOrganisation.madeAdmin"));
    }

    public void revokeAdmin(long membershipId) throws IOException {
        try {
            changes.revokeAdmin(user.id(), organisationId, membershipId);
        } catch (OrganisationRefusedException e) {
            refused(e);
            return;
        }
        done(texts.get("adminOrganisation.revokedAdmin"));
    }

    /** Carries out the merge previewed on this page. */
    public void merge() throws IOException {
        if (preview == null) {
            Messages.addGlobalError(texts.get("adminOrganisation.merge.notFound"));
            return;
        }
        long kept = preview.kept().id();
        Merged merged;
        try {
            merged = changes.merge(user.id(), kept, preview.duplicate().id());
        } catch (OrganisationRefusedException e) {
            refused(e);
            return;
        } catch (NotFoundException e) {
            Messages.addGlobalError(texts.get("adminOrganisation.merge.notFound"));
            return;
        }
        Messages.addFlashGlobalInfo(texts.get(
                "adminOrganisation.merged",
                merged.duplicateBefore().name(),
                merged.keptAfter().name(),
                merged.plan().movedMembers(),
                merged.plan().movedInvitations(),
                merged.plan().inBoth()));
        Faces.redirect("admin/organisations/%s", kept);
    }

    private void refused(OrganisationRefusedException e) {
        administrators = null;
        Messages.addGlobalError(texts.get("organisation.refused." + e.reason().name()));
    }

    private void done(String message) throws IOException {
        Messages.addFlashGlobalInfo(message);
        Faces.redirect("admin/organisations/%s", organisationId);
    }

    public Summary getSummary() {
        return summary;
    }

    public MemberTotals getTotals() {
        if (totals == null) {
            totals = lists.totalsOfAny(user.id(), organisationId);
        }
        return totals;
    }

    public List<MemberRow> getAdministrators() {
        if (administrators == null) {
            administrators = lists.administratorsOfAny(user.id(), organisationId);
        }
        return administrators;
    }

    /** Organisations with the same number or name, offered for merging. */
    public List<OrganisationListing> getDuplicates() {
        if (duplicates == null) {
            duplicates = organisations.possibleDuplicates(user.id(), organisationId);
        }
        return duplicates;
    }

    /** Organisations found by the merge section's search (this one left out). */
    public List<OrganisationListing> getCandidates() {
        if (candidates == null) {
            candidates = find.isEmpty()
                    ? List.of()
                    : organisations
                            .list(
                                    user.id(),
                                    new OrganisationListQuery(
                                            find, null, null, OrganisationListQuery.Column.NAME, true),
                                    0,
                                    CANDIDATES + 1)
                            .stream()
                            .filter(o -> o.id() != organisationId)
                            .limit(CANDIDATES)
                            .toList();
        }
        return candidates;
    }

    public Paged<MemberRow> getMembers() {
        return members;
    }

    public long getId() {
        return organisationId;
    }

    public String getSearch() {
        return search;
    }

    public String getFind() {
        return find;
    }

    public Long getMergeWith() {
        return mergeWith;
    }

    public boolean isKeepThis() {
        return keepThis;
    }

    public MergePreview getPreview() {
        return preview;
    }

    /** Why the merge preview could not be shown; empty otherwise. */
    public String getMergeProblem() {
        return mergeProblem == null ? "" : mergeProblem;
    }
}
