package se.battrebemotande.stats;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Chart.js configurations for PrimeFaces' {@code p:chart} (its {@code value} is the configuration
 * as JSON). Written by hand: the charts need a handful of fields, and the text put into them is
 * escaped so that no label can end the page's script element. Every series has its own colour and
 * its own line pattern or bar border, so the charts do not depend on telling colours apart, and
 * nothing animates.
 */
public final class ChartJson {
    private ChartJson() {}

    /** One line or one set of bars. */
    public record Series(String label, List<? extends Number> values, String colour, int pattern) {}

    /** The site's colours for up to four series, dark enough against white. */
    public static final List<String> COLOURS = List.of("#12355b", "#006b5f", "#b3261e", "#7a4d00");

    private static final List<String> DASHES = List.of("[]", "[8,4]", "[2,3]", "[12,3,3,3]");

    public static String line(List<String> labels, List<Series> series) {
        return chart(
                "line",
                labels,
                series,
                false,
                s -> "\"borderColor\":\"" + s.colour()
                        + "\",\"backgroundColor\":\"" + s.colour()
                        + "\",\"borderWidth\":2,\"pointRadius\":3,\"tension\":0,\"borderDash\":"
                        + DASHES.get(s.pattern() % DASHES.size()));
    }

    /** Bars side by side per label; horizontal when the labels are long or many. */
    public static String bars(List<String> labels, List<Series> series, boolean horizontal) {
        return chart(
                "bar",
                labels,
                series,
                horizontal,
                s -> "\"backgroundColor\":\"" + s.colour() + "\",\"borderColor\":\"#1b1f24\",\"borderWidth\":"
                        + s.pattern() % 2);
    }

    /** A chart of one type: each series' label and values, then its {@code style} properties. */
    private static String chart(
            String type, List<String> labels, List<Series> series, boolean horizontal, Function<Series, String> style) {
        StringBuilder json = new StringBuilder("{\"type\":\"" + type + "\",\"data\":{\"labels\":");
        strings(json, labels);
        json.append(",\"datasets\":[");
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            json.append(i == 0 ? "" : ",").append("{\"label\":");
            string(json, s.label());
            json.append(",\"data\":");
            numbers(json, s.values());
            json.append(',').append(style.apply(s)).append('}');
        }
        json.append("]},\"options\":");
        options(json, horizontal);
        return json.append("}").toString();
    }

    private static void options(StringBuilder json, boolean horizontal) {
        String value = horizontal ? "x" : "y";
        json.append("{\"animation\":false,\"responsive\":true,\"maintainAspectRatio\":false,")
                .append(horizontal ? "\"indexAxis\":\"y\"," : "")
                .append(
                        "\"plugins\":{\"legend\":{\"position\":\"bottom\",\"labels\":{\"color\":\"#1b1f24\",\"font\":{\"size\":14},\"boxWidth\":28}}},")
                .append("\"scales\":{\"")
                .append(value)
                .append(
                        "\":{\"beginAtZero\":true,\"ticks\":{\"precision\":0,\"color\":\"#1b1f24\",\"font\":{\"size\":13}}},\"")
                .append(horizontal ? "y" : "x")
                .append("\":{\"ticks\":{\"color\":\"#1b1f24\",\"font\":{\"size\":13},\"autoSkip\":")
                .append(!horizontal)
                .append("}}}}");
    }

    private static void strings(StringBuilder json, List<String> values) {
        json.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            string(json, values.get(i));
        }
        json.append(']');
    }

    private static void numbers(StringBuilder json, List<? extends Number> values) {
        json.append('[');
        for (int i = 0; i < values.size(); i++) {
            Number n = values.get(i);
            json.append(i == 0 ? "" : ",");
            if (n instanceof Double || n instanceof Float) {
                json.append(String.format(Locale.ROOT, "%.1f", n.doubleValue()));
            } else {
                json.append(n.longValue());
            }
        }
        json.append(']');
    }

    /** A JSON string that is also safe inside an HTML script element. */
    static void string(StringBuilder json, String value) {
        json.append('"');
        for (char c : (value == null ? "" : value).toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '<', '>', '&', '\'', '\u2028', '\u2029' -> json.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
