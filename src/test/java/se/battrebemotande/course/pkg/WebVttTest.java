package se.battrebemotande.course.pkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WebVttTest {

    @Test
    void readsCuesWithAndWithoutIdentifiersAndHours() {
        List<WebVtt.Cue> cues =
                WebVtt.parse("\uFEFFWEBVTT - Svenska\n\nNOTE a comment\n\n1\n00:00:01.000 --> 00:00:04.500 line:90%\n"
                        + "Hej och välkommen.\n\n01:02:03.250 --> 01:02:05.000\nTvå rader\ntext här\n");
        assertEquals(2, cues.size());
        assertEquals(1.0, cues.get(0).start(), 1e-9);
        assertEquals(4.5, cues.get(0).end(), 1e-9);
        assertEquals(3723.25, cues.get(1).start(), 1e-9);
        assertEquals("Två rader\ntext här", cues.get(1).text());
    }

    @Test
    void aFileThatIsNotWebVttSaysWhy() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> WebVtt.parse("1\n00:00:01,000 --> 00:00:02,000\nSRT"));
        assertTrue(e.getMessage().contains("WEBVTT"), e.getMessage());
        e = assertThrows(
                IllegalArgumentException.class, () -> WebVtt.parse("WEBVTT\n\n00:00:01,000 --> 00:00:02,000\nkomma"));
        assertTrue(e.getMessage().startsWith("line 3"), e.getMessage());
        e = assertThrows(
                IllegalArgumentException.class, () -> WebVtt.parse("WEBVTT\n\n00:00:05.000 --> 00:00:02.000\nbakåt"));
        assertTrue(e.getMessage().contains("ends before it starts"), e.getMessage());
    }
}
