package se.battrebemotande.privacy;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import se.battrebemotande.account.CurrentUser;

/** {@code /account/data}: the signed-in person's data as a JSON file to keep ({@link MyData}). */
@WebServlet("/account/data")
public class MyDataServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient MyData myData;

    @Inject
    transient CurrentUser user;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"mina-uppgifter-battre-bemotande.json\"");
        response.setHeader("Cache-Control", "no-store");
        try (JsonWriter out = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(response.getWriter())) {
            out.writeObject(myData.of(user.id()));
        }
    }
}
