package se.battrebemotande.organisation;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Sweden's 21 counties (län) and 290 municipalities (kommuner) with their official codes as
 * Statistics Sweden (SCB) gives them, shipped with the app in {@code counties.csv} and
 * {@code municipalities.csv}. A municipality's code begins with its county's.
 */
public final class Regions {
    public record County(String code, String nameSv, String nameEn) {
        public String name(Locale locale) {
            return "en".equals(locale.getLanguage()) ? nameEn : nameSv;
        }
    }

    public record Municipality(String code, String name, String countyCode) {}

    private static final Regions SWEDEN = load();

    private final Map<String, County> counties;
    private final Map<String, Municipality> municipalities;

    private Regions(List<County> counties, List<Municipality> municipalities) {
        this.counties = Collections.unmodifiableMap(counties.stream()
                .collect(Collectors.toMap(County::code, Function.identity(), (a, b) -> a, LinkedHashMap::new)));
        this.municipalities = Collections.unmodifiableMap(municipalities.stream()
                .collect(Collectors.toMap(Municipality::code, Function.identity(), (a, b) -> a, LinkedHashMap::new)));
    }

    public static Regions sweden() {
        return SWEDEN;
    }

    public List<County> counties() {
        return List.copyOf(counties.values());
    }

    public List<Municipality> municipalities() {
        return List.copyOf(municipalities.values());
    }

    /** The county's municipalities, in code order. */
    public List<Municipality> municipalitiesIn(String countyCode) {
        return municipalities.values().stream()
                .filter(m -> m.countyCode().equals(countyCode))
                .toList();
    }

    public Optional<County> county(String code) {
        return Optional.ofNullable(code == null ? null : counties.get(code));
    }

    public Optional<Municipality> municipality(String code) {
        return Optional.ofNullable(code == null ? null : municipalities.get(code));
    }

    private static Regions load() {
        List<County> counties =
                read("counties.csv", r -> new County(r.get("code"), r.get("name_sv"), r.get("name_en")));
        List<Municipality> municipalities =
                read("municipalities.csv", r -> new Municipality(r.get("code"), r.get("name"), r.get("county")));
        return new Regions(counties, municipalities);
    }

    private static <T> List<T> read(String file, Function<CSVRecord, T> row) {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (Reader in = new InputStreamReader(Regions.class.getResourceAsStream(file), StandardCharsets.UTF_8)) {
            return format.parse(in).stream().map(row).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
