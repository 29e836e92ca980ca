package se.battrebemotande.mail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.battrebemotande.platform.Html;

/**
 * A mail's subject, plain text and HTML, made from its template in the recipient's language. Values
 * are put in as text: in the HTML part they are escaped, so a name can never become markup.
 */
public record MailContent(String subject, String text, String html) {
    static final String BUNDLE = "se.battrebemotande.mail.Mails";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

    public static MailContent of(MailTemplate template, Locale language, Map<String, String> values) {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, language);
        Map<String, String> all = new HashMap<>(values);
        String name = values.getOrDefault("name", "");
        all.put("greetingName", name == null || name.isBlank() ? "" : " " + name.strip());
        String subject = fill(texts.getString(template.key() + ".subject"), all, false);
        List<String> paragraphs =
                List.of(texts.getString(template.key() + ".body").split("\n\n"));
        String link = values.getOrDefault("link", "");
        List<String> text = new ArrayList<>();
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html><html lang=\"")
                .append(language.getLanguage())
                .append("\"><head><meta charset=\"utf-8\"><title>")
                .append(Html.escape(subject))
                .append("</title></head><body style=\"margin:0;padding:24px;background:#f4f6f9;\">")
                .append("<div style=\"max-width:560px;margin:0 auto;background:#ffffff;padding:28px;")
                .append("font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1b2430;\">")
                .append("<p style=\"margin:0 0 20px;font-weight:bold;color:#12355b;\">Bättre bemötande</p>");
        for (String paragraph : paragraphs) {
            if (paragraph.strip().equals("{link}")) {
                text.add(link);
                html.append("<p style=\"margin:24px 0;\"><a href=\"")
                        .append(Html.escape(link))
                        .append("\" style=\"display:inline-block;background:#12355b;color:#ffffff;")
                        .append("padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:bold;\">")
                        .append(Html.escape(texts.getString(template.key() + ".button")))
                        .append("</a></p><p style=\"margin:0 0 16px;font-size:14px;color:#4a5563;\">")
                        .append(Html.escape(link))
                        .append("</p>");
            } else {
                text.add(fill(paragraph, all, false));
                html.append("<p style=\"margin:0 0 16px;\">")
                        .append(fill(paragraph, all, true))
                        .append("</p>");
            }
        }
        String footer = texts.getString("footer");
        text.add("--\n" + footer);
        html.append("<p style=\"margin:28px 0 0;padding-top:16px;border-top:1px solid #d9dee5;font-size:13px;")
                .append("color:#4a5563;\">")
                .append(Html.escape(footer))
                .append("</p></div></body></html>");
        return new MailContent(subject, String.join("\n\n", text) + "\n", html.toString());
    }

    private static String fill(String pattern, Map<String, String> values, boolean html) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            String literal = pattern.substring(last, m.start());
            String value = values.getOrDefault(m.group(1), "");
            out.append(html ? Html.escape(literal) : literal).append(html ? Html.escape(value) : value);
            last = m.end();
        }
        String tail = pattern.substring(last);
        return out.append(html ? Html.escape(tail) : tail).toString();
    }
}
