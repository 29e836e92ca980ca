package se.battrebemotande.course;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TranscriptHtmlTest {

    @Test
    void headingsParagraphsAndListsBecomeHtml() {
        String md =
                "## Välkommen\n\nFörsta raden\nfortsätter här.\n\nAndra stycket.\n\n## Källor\n\n- Migrationsverket\n- UNHCR\n";
        assertEquals(
                "<h3>Välkommen</h3><p>Första raden fortsätter här.</p><p>Andra stycket.</p>"
                        + "<h3>Källor</h3><ul><li>Migrationsverket</li><li>UNHCR</li></ul>",
                TranscriptHtml.render(md, 3));
    }

    @Test
    void markupInTheTextIsEscaped() {
        assertEquals(
                "<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;ok&#39;</p>",
                TranscriptHtml.render("<script>alert(\"x\")</script> & 'ok'", 3));
    }

    @Test
    void aParagraphAfterAListClosesTheList() {
        assertEquals("<ul><li>a</li></ul><p>text</p>", TranscriptHtml.render("- a\ntext", 2));
    }
}
