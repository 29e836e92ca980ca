package se.battrebemotande.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import se.battrebemotande.platform.LocalizedText;

/**
 * The language of this request: Swedish unless the visitor chose English. The choice is kept in a
 * cookie (see {@link LanguageFilter}), so it is remembered without a session.
 */
@Named
@RequestScoped
public class Language {
    public static final String COOKIE = "lang";
    public static final String PARAMETER = "lang";
    public static final Locale SWEDISH = Locale.forLanguageTag("sv");
    public static final Locale ENGLISH = Locale.ENGLISH;

    @Inject
    HttpServletRequest request;

    private Locale locale = SWEDISH;

    @PostConstruct
    void init() {
        locale = of(request);
    }

    /** The language a request asks for: the one just chosen, else the remembered one, else Swedish. */
    public static Locale of(HttpServletRequest request) {
        Object chosen = request.getAttribute(LanguageFilter.CHOSEN);
        if (chosen instanceof Locale l) {
            return l;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName()) && "en".equals(cookie.getValue())) {
                    return ENGLISH;
                }
            }
        }
        return SWEDISH;
    }

    public static Locale parse(String tag) {
        if ("en".equals(tag)) {
            return ENGLISH;
        }
        return "sv".equals(tag) ? SWEDISH : null;
    }

    public Locale getLocale() {
        return locale;
    }

    public String getTag() {
        return locale.getLanguage();
    }

    public boolean isEnglish() {
        return ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    /** The other language, offered by the switch in the header. */
    public String getOtherTag() {
        return isEnglish() ? "sv" : "en";
    }

    public String getOtherName() {
        return isEnglish() ? "Svenska" : "English";
    }

    /** The address of this page in the other language. */
    public String getSwitchHref() {
        String uri = attributeOr(RequestDispatcher.FORWARD_REQUEST_URI, request.getRequestURI());
        String query = attributeOr(RequestDispatcher.FORWARD_QUERY_STRING, request.getQueryString());
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null) {
            uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            query = null;
        }
        String kept = LanguageFilter.withoutLanguage(query);
        return LocalPath.ofRequest(uri) + "?" + (kept.isEmpty() ? "" : kept + "&") + PARAMETER + "=" + getOtherTag();
    }

    private String attributeOr(String name, String fallback) {
        Object value = request.getAttribute(name);
        return value instanceof String s ? s : fallback;
    }

    public String text(LocalizedText text) {
        return text == null ? "" : text.in(locale);
    }

    /** The language of {@link #text}, to mark Swedish text shown on an English page. */
    public String lang(LocalizedText text) {
        return text == null ? getTag() : text.languageIn(locale);
    }
}
