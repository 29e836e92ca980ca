package se.battrebemotande.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text exists in Swedish and English, and none breaks message formatting. */
class BundlesTest {

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream(resource)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/se/battrebemotande/web/Messages",
                "/se/battrebemotande/web/FacesMessages",
                "/ValidationMessages",
                "/se/battrebemotande/mail/Mails"
            })
    void swedishAndEnglishHaveTheSameKeys(String base) throws IOException {
        Properties sv = load(base + "_sv.properties");
        Properties en = load(base + "_en.properties");
        Set<String> onlySv = new TreeSet<>(sv.stringPropertyNames());
        onlySv.removeAll(en.stringPropertyNames());
        Set<String> onlyEn = new TreeSet<>(en.stringPropertyNames());
        onlyEn.removeAll(sv.stringPropertyNames());
        assertEquals(Set.of(), onlySv, "missing in English");
        assertEquals(Set.of(), onlyEn, "missing in Swedish");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/se/battrebemotande/web/Messages_sv.properties",
                "/se/battrebemotande/web/Messages_en.properties"
            })
    void noTextHasAnApostropheThatMessageFormatWouldEat(String resource) throws IOException {
        Properties texts = load(resource);
        for (String key : texts.stringPropertyNames()) {
            assertFalse(texts.getProperty(key).contains("'"), key);
            assertFalse(texts.getProperty(key).isBlank(), key);
        }
    }
}
