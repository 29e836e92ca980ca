package se.battrebemotande.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/**
 * A workplace, municipality, authority, region or association that enrols its people in the course
 * and follows their progress. Anyone with its join link may join while the link is on; renewing
 * the link makes the old one useless.
 */
@Entity
@NamedQuery(name = "Organisation.findByJoinCode", query = "select o from Organisation o where o.joinCode = :code")
@NamedQuery(
        name = "Organisation.findAdministeredBy",
        query = "select o from Organisation o, Membership m where m.organisationId = o.id and m.accountId = :account"
                + " and m.role = se.battrebemotande.organisation.MemberRole.ADMIN order by o.name")
public class Organisation {
    public static final int NAME_MAX = 200;
    static final int JOIN_CODE_LENGTH = 10;

    @Id
    @SequenceGenerator(name = "organisation_seq", sequenceName = "organisation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_seq")
    private Long id;

    private String name;

    @Enumerated(EnumType.STRING)
    private OrganisationKind kind;

    @Column(name = "county_code")
    private String countyCode;

    @Column(name = "municipality_code")
    private String municipalityCode;

    @Column(name = "org_number")
    private String orgNumber;

    @Column(name = "join_code")
    private String joinCode;

    @Column(name = "join_link_enabled")
    private boolean joinLinkEnabled;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private Long createdBy;

    @Version
    private long version;

    protected Organisation() {}

    Organisation(OrganisationDetails details, String joinCode, long createdBy, Instant now) {
        describe(details);
        this.joinCode = joinCode;
        this.joinLinkEnabled = true;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void describe(OrganisationDetails details) {
        this.name = details.name();
        this.kind = details.kind();
        this.countyCode = details.countyCode();
        this.municipalityCode = details.municipalityCode();
        this.orgNumber = details.orgNumber().map(OrganisationNumber::digits).orElse(null);
    }

    void renewJoinCode(String code) {
        this.joinCode = code;
    }

    void switchJoinLink(boolean enabled) {
        this.joinLinkEnabled = enabled;
    }

    public OrganisationDetails details() {
        return new OrganisationDetails(
                name,
                kind,
                countyCode,
                municipalityCode,
                Optional.ofNullable(orgNumber).map(OrganisationNumber::new));
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public Optional<OrganisationNumber> getOrgNumber() {
        return Optional.ofNullable(orgNumber).map(OrganisationNumber::new);
    }

    public String getJoinCode() {
        return joinCode;
    }

    public boolean isJoinLinkEnabled() {
        return joinLinkEnabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
