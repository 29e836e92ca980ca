package se.battrebemotande.course;

import java.util.ArrayList;
import java.util.List;
import se.battrebemotande.platform.Html;

/**
 * Turns a transcript in the package's small Markdown subset ({@code ## heading}, paragraphs and
 * {@code - } list items) into HTML. Every character of the text is escaped: a transcript can never
 * inject markup into a page.
 */
public final class TranscriptHtml {
    private TranscriptHtml() {}

    /** Renders with transcript headings at the given level, so they fit under the page's own headings. */
    public static String render(String markdown, int headingLevel) {
        if (markdown == null) {
            return "";
        }
        StringBuilder html = new StringBuilder();
        List<String> paragraph = new ArrayList<>();
        boolean inList = false;
        for (String raw : markdown.replace("\r\n", "\n").split("\n")) {
            String line = raw.strip();
            boolean item = line.startsWith("- ") || line.startsWith("* ");
            if (line.isEmpty() || line.startsWith("#") || item) {
                flush(html, paragraph);
            }
            if (!item && inList && !line.isEmpty()) {
                html.append("</ul>");
                inList = false;
            }
            if (line.startsWith("#")) {
                String text = line.replaceFirst("^#+\\s*", "");
                html.append("<h")
                        .append(headingLevel)
                        .append('>')
                        .append(Html.escape(text))
                        .append("</h")
                        .append(headingLevel)
                        .append('>');
            } else if (item) {
                if (!inList) {
                    html.append("<ul>");
                    inList = true;
                }
                html.append("<li>")
                        .append(Html.escape(line.substring(2).strip()))
                        .append("</li>");
            } else if (!line.isEmpty()) {
                paragraph.add(line);
            }
        }
        flush(html, paragraph);
        if (inList) {
            html.append("</ul>");
        }
        return html.toString();
    }

    private static void flush(StringBuilder html, List<String> paragraph) {
        if (!paragraph.isEmpty()) {
            html.append("<p>").append(Html.escape(String.join(" ", paragraph))).append("</p>");
            paragraph.clear();
        }
    }
}
