package se.battrebemotande.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import se.battrebemotande.platform.Formats;

/** Durations, dates and shares as people read them, in the language of the request. */
@Named
@RequestScoped
public class Format {
    /** Dates are shown in Swedish time: the course is given by a Swedish authority. */
    public static final ZoneId ZONE = Formats.ZONE;

    @Inject
    Language language;

    /** "4 min", "1 h 12 min", "45 s": rounded to what a learner plans with. */
    public String duration(double seconds) {
        return durationOf(seconds);
    }

    public static String durationOf(double seconds) {
        long total = Math.round(seconds);
        if (total < 60) {
            return total + " s";
        }
        long minutes = Math.round(seconds / 60.0);
        if (minutes < 60) {
            return minutes + " min";
        }
        long hours = minutes / 60;
        long rest = minutes % 60;
        return hours + " h" + (rest == 0 ? "" : " " + rest + " min");
    }

    /** A film's length as a player shows it: "4:28", "12:05", "1:02:10". */
    public String clock(double seconds) {
        return clockOf(seconds);
    }

    public static String clockOf(double seconds) {
        long total = Math.round(seconds);
        long hours = total / 3600;
        long minutes = total % 3600 / 60;
        long rest = total % 60;
        return hours > 0
                ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, rest)
                : String.format(Locale.ROOT, "%d:%02d", minutes, rest);
    }

    public String date(Instant instant) {
        return date(instant, language.getLocale());
    }

    public static String date(Instant instant, Locale locale) {
        return Formats.date(instant, locale);
    }

    /** "24 nov. 2026 kl. 14:28" or "24 Nov 2026, 14:28". */
    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        String pattern = language.isEnglish() ? "d MMM yyyy, HH:mm" : "d MMM yyyy 'kl.' HH:mm";
        return DateTimeFormatter.ofPattern(pattern, language.getLocale()).format(instant.atZone(ZONE));
    }

    /**
     * A share from 0 to 1 as whole percent, rounded down (89.9 % is not yet 90 %), but 100 from 99.5 % (a film
     * played to the end can lack a fraction of a second between reports).
     */
    public static int percent(double share) {
        if (share >= 0.995) {
            return 100;
        }
        return (int) Math.min(99, Math.floor(Math.max(0, share) * 100));
    }
}
