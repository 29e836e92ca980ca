package se.battrebemotande.organisation;

import java.util.Optional;

/** What an organisation says about itself: name, kind, where it is, and its number if it has one. */
public record OrganisationDetails(
        String name,
        OrganisationKind kind,
        String countyCode,
        String municipalityCode,
        Optional<OrganisationNumber> orgNumber) {

    /** Checks the place against the shipped regions: a real county, and a municipality in it. */
    public OrganisationDetails {
        Regions regions = Regions.sweden();
        if (regions.county(countyCode).isEmpty()) {
            throw new IllegalArgumentException("Unknown county " + countyCode);
        }
        if (municipalityCode != null
                && !regions.municipality(municipalityCode)
                        .map(m -> m.countyCode().equals(countyCode))
                        .orElse(false)) {
            throw new IllegalArgumentException("Municipality " + municipalityCode + " is not in county " + countyCode);
        }
    }
}
