package se.battrebemotande.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.battrebemotande.organisation.Regions.County;
import se.battrebemotande.organisation.Regions.Municipality;
import se.battrebemotande.web.Language;

/** Counties and municipalities for the organisation pages, named in the page's language. */
@Named
@ApplicationScoped
public class Places {
    @Inject
    Language language;

    public List<County> getCounties() {
        return Regions.sweden().counties();
    }

    public List<Municipality> municipalitiesIn(String countyCode) {
        return Regions.sweden().municipalitiesIn(countyCode);
    }

    public String county(String code) {
        return Regions.sweden()
                .county(code)
                .map(c -> c.name(language.getLocale()))
                .orElse("");
    }

    public String municipality(String code) {
        return Regions.sweden().municipality(code).map(Municipality::name).orElse("");
    }

    /** "Kiruna, Norrbottens län", or the county alone. */
    public String of(Organisation organisation) {
        String county = county(organisation.getCountyCode());
        return organisation.getMunicipalityCode() == null
                ? county
                : municipality(organisation.getMunicipalityCode()) + ", " + county;
    }
}
