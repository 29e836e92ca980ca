package se.battrebemotande.organisation;

import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

/** One organisation in the administrators' list: what it is, where, and how many it has. */
public record OrganisationListing(
        long id,
        String name,
        OrganisationKind kind,
        String countyCode,
        String municipalityCode,
        String orgNumber,
        Instant createdAt,
        long members,
        long pending)
        implements Serializable {

    public Optional<OrganisationNumber> number() {
        return Optional.ofNullable(orgNumber).map(OrganisationNumber::new);
    }

    /** The organisation number as written ({@code 802000-1234}), or empty. */
    public String formattedNumber() {
        return number().map(OrganisationNumber::toString).orElse("");
    }
}
