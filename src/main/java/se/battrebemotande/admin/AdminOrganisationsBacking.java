package se.battrebemotande.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.util.Faces;
import se.battrebemotande.account.CurrentUser;
import se.battrebemotande.organisation.OrganisationAdministration;
import se.battrebemotande.organisation.OrganisationKind;
import se.battrebemotande.organisation.OrganisationListQuery;
import se.battrebemotande.organisation.OrganisationListing;
import se.battrebemotande.organisation.Regions;
import se.battrebemotande.web.Paged;

/**
 * {@code /admin/organisations}: every organisation, found by name or number, filtered by county and
 * kind (from the address, so a search can be bookmarked), sorted and paged in the database. Named
 * with its section, as the organisation feature's own {@code OrganisationsBacking} has the plain name.
 */
@Named
@ViewScoped
public class AdminOrganisationsBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationAdministration organisations;

    @Inject
    CurrentUser user;

    private String search;
    private String county;
    private OrganisationKind kind;
    private Paged<OrganisationListing> listings;

    @PostConstruct
    void init() {
        String q = Faces.getRequestParameter("q");
        search = q == null ? "" : q.strip().substring(0, Math.min(200, q.strip().length()));
        String c = Faces.getRequestParameter("county");
        county = c != null && Regions.sweden().county(c.strip()).isPresent() ? c.strip() : null;
        try {
            String k = Faces.getRequestParameter("kind");
            kind = k == null || k.isBlank() ? null : OrganisationKind.valueOf(k.strip());
        } catch (IllegalArgumentException e) {
            kind = null;
        }
        listings = new Paged<>(
                () -> organisations.count(user.id(), query(null, true)),
                (first, size, sort, ascending) -> organisations.list(user.id(), query(sort, ascending), first, size),
                OrganisationListing::id);
    }

    private OrganisationListQuery query(String sort, boolean ascending) {
        OrganisationListQuery.Column column;
        try {
            column = sort == null ? OrganisationListQuery.Column.NAME : OrganisationListQuery.Column.valueOf(sort);
        } catch (IllegalArgumentException e) {
            column = OrganisationListQuery.Column.NAME;
        }
        return new OrganisationListQuery(search, county, kind, column, ascending);
    }

    /** Whether any filter is set (the page offers to clear them). */
    public boolean isFiltered() {
        return !search.isEmpty() || county != null || kind != null;
    }

    public Paged<OrganisationListing> getListings() {
        return listings;
    }

    public String getSearch() {
        return search;
    }

    public String getCounty() {
        return county;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public OrganisationKind[] getKinds() {
        return OrganisationKind.values();
    }
}
