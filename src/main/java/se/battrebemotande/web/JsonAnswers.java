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

    /** The upload is done: the script is told, or the browser sent, where to go next. */
    public static void done(HttpServletRequest request, HttpServletResponse response, String location)
            throws IOException {
        if (wanted(request)) {
            send(
                    response,
                    HttpServletResponse.SC_OK,
                    jakarta.json.Json.createObjectBuilder()
                            .add("location", location)
                            .build()
                            .toString());
        } else {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", location);
        }
    }
}
