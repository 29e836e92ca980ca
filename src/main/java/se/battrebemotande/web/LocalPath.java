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

    /**
     * The request's own path made safe to send back as a link or a redirect: {@code //evil.example/}
     * (which a browser reads as another site) becomes {@code /evil.example/}, on this site.
     */
    public static String ofRequest(String uri) {
        if (uri == null || uri.isEmpty()) {
            return "/";
        }
        return uri.replaceFirst("^[/\\\\]+", "/");
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
