package se.battrebemotande.organisation;

/** What kind of body an organisation is; the statistics are broken down by it. */
public enum OrganisationKind {
    WORKPLACE,
    MUNICIPALITY,
    AUTHORITY,
    REGION,
    ASSOCIATION,
    OTHER
}
