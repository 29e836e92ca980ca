package se.battrebemotande.admin;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.battrebemotande.account.CurrentUser;
import se.battrebemotande.course.MediaFiles;
import se.battrebemotande.course.pkg.CoursePackage;
import se.battrebemotande.course.pkg.CoursePackageWriter;
import se.battrebemotande.web.JsonAnswers;
import se.battrebemotande.web.Texts;

/**
 * The course as a package file. {@code GET /admin/content/package.zip} downloads the live course in
 * the package format; {@code POST /admin/content/package} takes a package zip (field {@code
 * package}), unpacks it to be previewed and answers the preview's address
 * ({@code /admin/content/import?package=<token>}), in JSON for the page's script or as a redirect.
 */
@WebServlet({"/admin/content/package.zip", "/admin/content/package"})
@MultipartConfig(fileSizeThreshold = 1024 * 1024)
public class ContentPackageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient PackageAdministration packages;

    @Inject
    transient MediaFiles files;

    @Inject
    transient CurrentUser user;

    @Inject
    transient Texts texts;

    @Inject
    transient Clock clock;

    @Inject
    @ConfigProperty(name = "media.max-package-megabytes", defaultValue = "2048")
    transient long maxPackageMegabytes;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.getServletPath().endsWith(".zip")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        CoursePackage live = packages.live(user.id());
        String name = live.slug() + "-" + LocalDate.now(clock) + ".zip";
        response.setContentType("application/zip");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"" + name + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8));
        CoursePackageWriter.write(live, this::file, response.getOutputStream());
    }

    private Path file(String coursePath) {
        return files.resolve(coursePath)
                .orElseThrow(() -> new UncheckedIOException(new IOException("Missing media file " + coursePath)));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getServletPath().endsWith(".zip")) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        String page = request.getContextPath() + "/admin/content/import";
        if (request.getContentLengthLong() > maxPackageMegabytes * 1024 * 1024) {
            refuse("import.tooLarge", page, request, response);
            return;
        }
        PackageAdministration.Source staged;
        try {
            Part part = request.getPart("package");
            if (part == null || part.getSize() == 0) {
                refuse("import.nothing", page, request, response);
                return;
            }
            try (InputStream in = part.getInputStream()) {
                staged = packages.stage(user.id(), in);
            } finally {
                part.delete();
            }
        } catch (PackageRefusedException e) {
            refuse(e.key(), page, request, response);
            return;
        } catch (ServletException | IllegalStateException e) {
            refuse("import.unreadable", page, request, response);
            return;
        }
        JsonAnswers.done(request, response, page + "?package=" + staged.token());
    }

    private void refuse(String key, String page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (JsonAnswers.wanted(request)) {
            JsonAnswers.send(
                    response,
                    HttpServletResponse.SC_BAD_REQUEST,
                    Json.createObjectBuilder()
                            .add(
                                    "errors",
                                    Json.createArrayBuilder()
                                            .add(Json.createObjectBuilder()
                                                    .add("field", "package")
                                                    .add("message", texts.get(key, maxPackageMegabytes))))
                            .build()
                            .toString());
        } else {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", page + "?refused=" + key.substring(key.indexOf('.') + 1));
        }
    }
}
