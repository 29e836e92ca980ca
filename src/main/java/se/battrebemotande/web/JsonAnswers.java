package se.battrebemotande.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Uploads answer a page's script in JSON and a browser without the script with a redirect. */
public final class JsonAnswers {
    private JsonAnswers() {}

    /** Whether the request came from a page's script that reads JSON. */
    public static boolean wanted(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("application/json");
    }

    public static void send(HttpServletResponse response, int status, String body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body);
    }
}
