package se.battrebemotande.web;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How long a session may last, for computers that several people share (review L12): it ends after
 * {@code session.idle-timeout} without a request (30 minutes by default), and in any case
 * {@code session.absolute-lifetime} after it began (12 hours), however active it is. Both are
 * MicroProfile Config values (environment variables {@code SESSION_IDLE_TIMEOUT},
 * {@code SESSION_ABSOLUTE_LIFETIME}): a number with a unit ({@code 90s}, {@code 30m}, {@code 12h},
 * {@code 1d}), a number of minutes, or an ISO-8601 duration ({@code PT30M}).
 */
public record SessionLimits(Duration idleTimeout, Duration absoluteLifetime) {
    private static final Logger LOG = Logger.getLogger(SessionLimits.class.getName());
    static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(30);
    static final Duration DEFAULT_ABSOLUTE_LIFETIME = Duration.ofHours(12);
    private static final Pattern AMOUNT = Pattern.compile("(\\d{1,9})\\s*(s|m|min|h|d)?");

    /** The limits configured now (read on every call, so a test deployment's values apply at once). */
    public static SessionLimits configured() {
        Config config = ConfigProvider.getConfig();
        return new SessionLimits(
                read(
                        config.getOptionalValue("session.idle-timeout", String.class),
                        DEFAULT_IDLE_TIMEOUT,
                        "idle-timeout"),
                read(
                        config.getOptionalValue("session.absolute-lifetime", String.class),
                        DEFAULT_ABSOLUTE_LIFETIME,
                        "absolute-lifetime"));
    }

    /** Whether a session that began at {@code createdMillis} has outlived the absolute lifetime at {@code nowMillis}. */
    public boolean outlived(long createdMillis, long nowMillis) {
        return nowMillis - createdMillis >= absoluteLifetime.toMillis();
    }

    /** The idle timeout in whole seconds, as {@code HttpSession.setMaxInactiveInterval} takes it. */
    public int idleSeconds() {
        return (int) Math.min(Integer.MAX_VALUE, idleTimeout.toSeconds());
    }

    private static Duration read(Optional<String> value, Duration fallback, String name) {
        if (value.isEmpty()) {
            return fallback;
        }
        Optional<Duration> parsed = parse(value.get());
        if (parsed.isEmpty()) {
            LOG.warning(() -> "session." + name + " = \"" + value.get()
                    + "\" is not a duration (such as 30m or 12h); using " + fallback);
        }
        return parsed.orElse(fallback);
    }

    /** {@code 90s}, {@code 30m}, {@code 30min}, {@code 12h}, {@code 1d}, {@code 30} (minutes) or {@code PT30M}; only positive. */
    static Optional<Duration> parse(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        Duration duration = null;
        Matcher m = AMOUNT.matcher(value);
        if (m.matches()) {
            long amount = Long.parseLong(m.group(1));
            String unit = m.group(2) == null ? "m" : m.group(2);
            duration = switch (unit) {
                case "s" -> Duration.ofSeconds(amount);
                case "h" -> Duration.ofHours(amount);
                case "d" -> Duration.ofDays(amount);
                default -> Duration.ofMinutes(amount);
            };
        } else if (value.startsWith("p")) {
            try {
                duration = Duration.parse(value.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return duration == null || duration.isNegative() || duration.isZero()
                ? Optional.empty()
                : Optional.of(duration);
    }
}
