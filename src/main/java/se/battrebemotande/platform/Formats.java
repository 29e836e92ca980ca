package se.battrebemotande.platform;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dates as people read them, for any feature that writes them outside a page (mails, exports).
 * Dates are shown in Swedish time: the course is given by a Swedish authority.
 */
public final class Formats {
    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    private static final Map<Locale, DateTimeFormatter> LONG_DATES = new ConcurrentHashMap<>();

    private Formats() {}

    /** "14 december 2026" or "14 December 2026". */
    public static String date(Instant instant, Locale locale) {
        return instant == null
                ? ""
                : LONG_DATES
                        .computeIfAbsent(
                                locale,
                                l -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                        .withLocale(l))
                        .format(instant.atZone(ZONE));
    }

    /** "14 december 2026 kl. 15:30" or "14 December 2026 at 15:30", in Swedish time. */
    public static String dateTime(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        String time = DateTimeFormatter.ofPattern("HH:mm").format(instant.atZone(ZONE));
        return date(instant, locale) + ("sv".equals(locale.getLanguage()) ? " kl. " : " at ") + time;
    }

    /** "2026-12-14", as spreadsheets read dates. */
    public static String isoDate(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(instant.atZone(ZONE));
    }
}
