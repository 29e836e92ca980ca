package se.battrebemotande.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.battrebemotande.organisation.Regions.County;
import se.battrebemotande.organisation.Regions.Municipality;

class RegionsTest {
    private final Regions sweden = Regions.sweden();

    @Test
    void swedenHas21CountiesAnd290Municipalities() {
        assertEquals(21, sweden.counties().size());
        assertEquals(290, sweden.municipalities().size());
        assertEquals(
                290,
                sweden.municipalities().stream()
                        .map(Municipality::code)
                        .distinct()
                        .count());
    }

    @Test
    void codesAreAsScbGivesThem() {
        assertEquals("Stockholm", sweden.municipality("0180").orElseThrow().name());
        assertEquals("Kiruna", sweden.municipality("2584").orElseThrow().name());
        assertEquals("Göteborg", sweden.municipality("1480").orElseThrow().name());
        assertEquals("Malmö", sweden.municipality("1280").orElseThrow().name());
        assertEquals("Heby", sweden.municipality("0331").orElseThrow().name());
        assertEquals("03", sweden.municipality("0331").orElseThrow().countyCode(), "Heby is in Uppsala län");
        assertEquals("Norrbottens län", sweden.county("25").orElseThrow().nameSv());
        assertEquals("Västra Götaland County", sweden.county("14").orElseThrow().name(Locale.ENGLISH));
        assertEquals(
                Set.of(
                        "01", "03", "04", "05", "06", "07", "08", "09", "10", "12", "13", "14", "17", "18", "19", "20",
                        "21", "22", "23", "24", "25"),
                sweden.counties().stream().map(County::code).collect(Collectors.toSet()));
    }

    @Test
    void everyMunicipalityLiesInTheCountyItsCodeBeginsWith() {
        for (Municipality m : sweden.municipalities()) {
            assertTrue(m.code().matches("[0-9]{4}"), m.toString());
            assertEquals(m.code().substring(0, 2), m.countyCode(), m.toString());
            assertTrue(sweden.county(m.countyCode()).isPresent(), m.toString());
        }
        assertEquals(49, sweden.municipalitiesIn("14").size(), "Västra Götaland");
        assertEquals(26, sweden.municipalitiesIn("01").size(), "Stockholm");
        assertEquals(1, sweden.municipalitiesIn("09").size(), "Gotland");
    }

    @Test
    void aMunicipalityMustLieInTheOrganisationsCounty() {
        new OrganisationDetails("Kiruna kommun", OrganisationKind.MUNICIPALITY, "25", "2584", Optional.empty());
        assertThrows(
                IllegalArgumentException.class,
                () -> new OrganisationDetails("X", OrganisationKind.WORKPLACE, "01", "2584", Optional.empty()));
        assertThrows(
                IllegalArgumentException.class,
                () -> new OrganisationDetails("X", OrganisationKind.WORKPLACE, "02", null, Optional.empty()));
    }
}
