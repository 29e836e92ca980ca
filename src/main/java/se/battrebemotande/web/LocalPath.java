package se.battrebemotande.web;

/**
 * A place on this site to return to after signing in ({@code ?next=/join/Ab3…}): only a path of
 * our own, never another site's address ({@code //evil.example}, {@code /\evil.example},
 * {@code https://…}), so the parameter cannot become an open redirect.
 */
public final class LocalPath {
    private LocalPath() {}

    public static String orElse(String next, String fallback) {
        return isLocal(next) ? next : fallback;
    }

    static boolean isLocal(String path) {
        return path != null
                && path.length() <= 500
                && path.startsWith("/")
                && !path.startsWith("//")
                && !path.contains("\\")
                && path.chars().noneMatch(c -> c < 0x21 || c == 0x7f);
    }
}
