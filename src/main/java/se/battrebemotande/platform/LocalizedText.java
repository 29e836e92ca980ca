package se.battrebemotande.platform;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * A text a learner reads, in Swedish and optionally in English. Swedish is the course's own
 * language, so it is always present and is what an English reader sees where no translation exists.
 */
@Embeddable
public class LocalizedText implements Serializable {
    private static final long serialVersionUID = 1L;

    private String sv;
    private String en;

    protected LocalizedText() {}

    public LocalizedText(String sv, String en) {
        this.sv = Objects.requireNonNull(sv, "sv");
        this.en = en == null || en.isBlank() ? null : en;
    }

    public static LocalizedText swedish(String sv) {
        return new LocalizedText(sv, null);
    }

    public String sv() {
        return sv;
    }

    public String en() {
        return en;
    }

    /** The text in the given language, or Swedish where that language is missing. */
    public String in(Locale locale) {
        return isTranslatedTo(locale) ? en : sv;
    }

    /** The language tag of what {@link #in(Locale)} returns. */
    public String languageIn(Locale locale) {
        return isTranslatedTo(locale) ? "en" : "sv";
    }

    private boolean isTranslatedTo(Locale locale) {
        return en != null && "en".equals(locale.getLanguage());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalizedText t && Objects.equals(sv, t.sv) && Objects.equals(en, t.en);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sv, en);
    }

    @Override
    public String toString() {
        return sv;
    }
}
