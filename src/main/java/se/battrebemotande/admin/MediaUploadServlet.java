package se.battrebemotande.admin;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.battrebemotande.account.CurrentUser;
import se.battrebemotande.admin.MediaCheck.Slot;
import se.battrebemotande.course.Caption;
import se.battrebemotande.course.CourseEditor.StepMedia;
import se.battrebemotande.course.MediaFiles;
import se.battrebemotande.course.Step;
import se.battrebemotande.platform.LocalizedText;
import se.battrebemotande.web.JsonAnswers;
import se.battrebemotande.web.Texts;

/**
 * {@code POST /admin/content/steps/{id}/media}: replaces a step's film, poster, captions or
 * chapters by uploaded files, all checked first ({@link MediaCheck}) and kept only if every one
 * passes. The page's script sends the form with a progress bar and reads a JSON answer (the page
 * to go to, or each file's problem); without the script the browser is sent back to the step's
 * page, which shows the problems.
 */
@WebServlet("/admin/content/steps/*")
@MultipartConfig(fileSizeThreshold = 1024 * 1024)
public class MediaUploadServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Pattern ADDRESS = Pattern.compile("^/([0-9]{1,18})/media$");
    private static final String PROBLEMS = "media-upload-problems-";

    @Inject
    transient ContentAdministration content;

    @Inject
    transient MediaFiles files;

    @Inject
    transient CurrentUser user;

    @Inject
    transient Texts texts;

    @Inject
    @ConfigProperty(name = "media.max-film-megabytes", defaultValue = "1024")
    transient long maxFilmMegabytes;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher address =
                ADDRESS.matcher(Optional.ofNullable(request.getPathInfo()).orElse(""));
        if (!address.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long stepId = Long.parseLong(address.group(1));
        Step step = content.step(user.id(), stepId);
        String page = request.getContextPath() + "/admin/content/steps/" + stepId;
        Map<Slot, Path> uploads = new EnumMap<>(Slot.class);
        try {
            for (Part part : request.getParts()) {
                Optional<Slot> slot = Slot.ofField(part.getName());
                if (slot.isPresent() && part.getSize() > 0) {
                    uploads.put(slot.get(), received(part));
                }
            }
            StepMedia current = StepMedia.of(step);
            MediaCheck.Checked checked = new MediaCheck(maxFilmMegabytes * 1024 * 1024)
                    .check(current, uploads, path -> files.resolve(path).map(MediaUploadServlet::read));
            if (!checked.passed()) {
                refuse(checked.problems(), stepId, page, request, response);
                return;
            }
            content.replaceMedia(user.id(), stepId, replaced(current, checked, uploads, stepId));
        } catch (ServletException | IllegalStateException e) {
            refuse(List.of(new MediaCheck.Problem(null, "media.unreadable")), stepId, page, request, response);
            return;
        } finally {
            for (Path left : uploads.values()) {
                Files.deleteIfExists(left);
            }
        }
        JsonAnswers.done(request, response, page + "?saved=media");
    }

    /** The step's media with the checked uploads kept in the upload folder and put in place. */
    private StepMedia replaced(StepMedia current, MediaCheck.Checked checked, Map<Slot, Path> uploads, long stepId) {
        Map<Slot, String> kept = new EnumMap<>(Slot.class);
        for (Map.Entry<Slot, Path> upload : uploads.entrySet()) {
            Slot slot = upload.getKey();
            kept.put(
                    slot,
                    files.keep(
                            upload.getValue(),
                            stepId,
                            slot.field,
                            checked.extensions().get(slot)));
        }
        uploads.clear();
        List<Caption> captions = new ArrayList<>();
        for (Caption c : current.captions()) {
            Slot slot =
                    "sv".equals(c.getLang()) ? Slot.CAPTIONS_SV : "en".equals(c.getLang()) ? Slot.CAPTIONS_EN : null;
            captions.add(
                    slot != null && kept.containsKey(slot)
                            ? new Caption(c.getLang(), c.getLabel(), kept.remove(slot))
                            : c);
        }
        if (kept.containsKey(Slot.CAPTIONS_SV)) {
            captions.add(0, new Caption("sv", "Svenska", kept.get(Slot.CAPTIONS_SV)));
        }
        if (kept.containsKey(Slot.CAPTIONS_EN)) {
            captions.add(new Caption("en", "English", kept.get(Slot.CAPTIONS_EN)));
        }
        LocalizedText chapters = current.chapters();
        String chaptersSv = checked.texts().getOrDefault(Slot.CHAPTERS_SV, chapters == null ? null : chapters.sv());
        String chaptersEn = checked.texts().getOrDefault(Slot.CHAPTERS_EN, chapters == null ? null : chapters.en());
        return new StepMedia(
                kept.getOrDefault(Slot.FILM, current.filmPath()),
                kept.containsKey(Slot.FILM) ? "video/mp4" : current.filmContentType(),
                checked.durationSeconds(),
                kept.getOrDefault(Slot.POSTER, current.posterPath()),
                captions,
                chaptersSv == null ? null : new LocalizedText(chaptersSv, chaptersEn));
    }

    private Path received(Part part) throws IOException {
        Path file = files.incoming("part");
        try (InputStream in = part.getInputStream()) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        part.delete();
        return file;
    }

    private void refuse(
            List<MediaCheck.Problem> problems,
            long stepId,
            String page,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        List<String> messages = new ArrayList<>();
        JsonArrayBuilder errors = Json.createArrayBuilder();
        for (MediaCheck.Problem p : problems) {
            String message = texts.get(p.key(), p.arguments());
            String field = p.slot() == null ? "" : p.slot().field;
            String label = p.slot() == null ? "" : texts.get("contentStep.media." + p.slot().field) + ": ";
            messages.add(label + message);
            errors.add(Json.createObjectBuilder().add("field", field).add("message", message));
        }
        if (JsonAnswers.wanted(request)) {
            JsonAnswers.send(
                    response,
                    HttpServletResponse.SC_BAD_REQUEST,
                    Json.createObjectBuilder().add("errors", errors).build().toString());
        } else {
            request.getSession().setAttribute(PROBLEMS + stepId, messages);
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", page + "#media");
        }
    }

    /** The problems of the last upload to a step posted without the page's script; read once. */
    @SuppressWarnings("unchecked")
    static List<String> takeProblems(HttpSession session, long stepId) {
        if (session == null) {
            return List.of();
        }
        Object problems = session.getAttribute(PROBLEMS + stepId);
        session.removeAttribute(PROBLEMS + stepId);
        return problems instanceof List<?> list ? (List<String>) list : List.of();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
