package se.battrebemotande.organisation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import se.battrebemotande.account.CurrentUser;
import se.battrebemotande.organisation.Regions.County;
import se.battrebemotande.web.Language;
import se.battrebemotande.web.Texts;

/**
 * The organisation form of {@code /org/new} and of an organisation's settings: name, kind, county
 * and municipality (the municipalities offered follow the county chosen), and an optional
 * organisation number checked by its Luhn digit.
 */
@Named
@RequestScoped
public class OrganisationFormBacking {
    @Inject
    Organisations organisations;

    @Inject
    OrganisationAddress address;

    @Inject
    CurrentUser user;

    @Inject
    Texts texts;

    @Inject
    Language language;

    @NotBlank(message = "{organisation.name.required}")
    @Size(max = Organisation.NAME_MAX, message = "{organisation.name.size}")
    @Pattern(regexp = "^[^\\p{Cc}\\p{Cf}]*$", message = "{organisation.name.characters}")
    private String name;

    @NotNull(message = "{organisation.kind.required}")
    private OrganisationKind kind;

    @NotNull(message = "{organisation.county.required}")
    private String countyCode;

    private String municipalityCode;

    @Size(max = 20, message = "{organisation.number.malformed}")
    private String orgNumber;

    private boolean filled;

    /** Fills the form from the organisation of the address (its settings page). */
    public void fill() {
        if (filled || Faces.isPostback()) {
            return;
        }
        OrganisationDetails details = address.getOrganisation().details();
        name = details.name();
        kind = details.kind();
        countyCode = details.countyCode();
        municipalityCode = details.municipalityCode();
        orgNumber = details.orgNumber().map(OrganisationNumber::toString).orElse(null);
        filled = true;
    }

    public void create() throws IOException {
        Optional<OrganisationDetails> details = details();
        if (details.isEmpty()) {
            return;
        }
        Organisation created = organisations.create(user.id(), details.get());
        Messages.addFlashGlobalInfo(texts.get("organisation.created", created.getName()));
        Faces.redirect("org/%s", created.getId());
    }

    public void save() throws IOException {
        Optional<OrganisationDetails> details = details();
        if (details.isEmpty()) {
            return;
        }
        organisations.describe(user.id(), address.id(), details.get());
        Messages.addFlashGlobalInfo(texts.get("organisation.saved"));
        Faces.redirect("org/%s/settings", address.id());
    }

    /** The details, or empty with a message beside each field that is wrong. */
    private Optional<OrganisationDetails> details() {
        boolean valid = true;
        String municipality = municipalityCode == null || municipalityCode.isBlank() ? null : municipalityCode;
        if (municipality != null
                && !Regions.sweden()
                        .municipality(municipality)
                        .map(m -> m.countyCode().equals(countyCode))
                        .orElse(false)) {
            Messages.addError("organisation:municipality", texts.get("organisation.municipality.elsewhere"));
            valid = false;
        } else if (municipality == null && kind == OrganisationKind.MUNICIPALITY) {
            Messages.addError("organisation:municipality", texts.get("organisation.municipality.required"));
            valid = false;
        }
        Optional<OrganisationNumber> number = Optional.empty();
        if (orgNumber != null && !orgNumber.isBlank()) {
            OrganisationNumber.Parsed parsed = OrganisationNumber.parse(orgNumber);
            if (parsed.number().isEmpty()) {
                Messages.addError(
                        "organisation:orgNumber",
                        texts.get("organisation.number." + parsed.problem().name()));
                valid = false;
            }
            number = parsed.number();
        }
        if (!valid) {
            Faces.validationFailed();
            return Optional.empty();
        }
        return Optional.of(
                new OrganisationDetails(name.strip().replaceAll("\\s+", " "), kind, countyCode, municipality, number));
    }

    public OrganisationKind[] getKinds() {
        return OrganisationKind.values();
    }

    /** The chosen county's municipalities; before a county is chosen, all of them grouped by county. */
    public List<SelectItem> getMunicipalityOptions() {
        Regions regions = Regions.sweden();
        if (countyCode != null && regions.county(countyCode).isPresent()) {
            return regions.municipalitiesIn(countyCode).stream()
                    .map(m -> new SelectItem(m.code(), m.name()))
                    .toList();
        }
        return regions.counties().stream().map(c -> (SelectItem) group(c)).toList();
    }

    private SelectItemGroup group(County county) {
        SelectItemGroup group = new SelectItemGroup(county.name(language.getLocale()));
        group.setSelectItems(Regions.sweden().municipalitiesIn(county.code()).stream()
                .map(m -> new SelectItem(m.code(), m.name()))
                .toArray(SelectItem[]::new));
        return group;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public void setCountyCode(String countyCode) {
        this.countyCode = countyCode;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public void setMunicipalityCode(String municipalityCode) {
        this.municipalityCode = municipalityCode;
    }

    public String getOrgNumber() {
        return orgNumber;
    }

    public void setOrgNumber(String orgNumber) {
        this.orgNumber = orgNumber;
    }
}
