package se.battrebemotande.organisation;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.battrebemotande.account.CurrentUser;
import se.battrebemotande.course.CourseCatalog;
import se.battrebemotande.organisation.enrolment.EnrolmentFile;
import se.battrebemotande.organisation.enrolment.EnrolmentList;
import se.battrebemotande.organisation.enrolment.FileProblem;
import se.battrebemotande.platform.Formats;
import se.battrebemotande.platform.Spreadsheet;
import se.battrebemotande.web.JsonAnswers;
import se.battrebemotande.web.Language;
import se.battrebemotande.web.PublicAddress;
import se.battrebemotande.web.Texts;

/**
 * The organisation addresses that are files rather than pages: the member list as CSV or XLSX
 * ({@code /org/{id}/members.csv}, {@code .xlsx}, with the list's {@code state} and {@code q}
 * filter), the join link's QR code ({@code /org/{id}/join-link.svg}), and the upload of an
 * enrolment file ({@code POST /org/{id}/enrol/upload}), which answers with the address of its
 * preview (JSON for the page's script, a redirect without it). Access is checked before this runs
 * ({@link OrganisationAccessFilter}) and again by the services.
 */
@WebServlet("/org/*")
@MultipartConfig(maxFileSize = 32 * 1024 * 1024, maxRequestSize = 33 * 1024 * 1024, fileSizeThreshold = 1024 * 1024)
public class OrganisationFilesServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Pattern EXPORT = Pattern.compile("^/([0-9]{1,18})/members\\.(csv|xlsx)$");
    private static final Pattern QR = Pattern.compile("^/([0-9]{1,18})/join-link\\.svg$");
    private static final Pattern UPLOAD = Pattern.compile("^/([0-9]{1,18})/enrol/upload$");

    @Inject
    transient Organisations organisations;

    @Inject
    transient MemberLists lists;

    @Inject
    transient Enrolments enrolments;

    @Inject
    transient CurrentUser user;

    @Inject
    transient CourseCatalog catalog;

    @Inject
    transient Texts texts;

    @Inject
    transient Language language;

    @Inject
    transient PublicAddress publicAddress;

    @Inject
    transient Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = Optional.ofNullable(request.getPathInfo()).orElse("");
        Matcher export = EXPORT.matcher(path);
        Matcher qr = QR.matcher(path);
        if (export.matches()) {
            export(Long.parseLong(export.group(1)), export.group(2), request, response);
        } else if (qr.matches()) {
            qr(Long.parseLong(qr.group(1)), request, response);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher upload =
                UPLOAD.matcher(Optional.ofNullable(request.getPathInfo()).orElse(""));
        if (!upload.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long organisationId = Long.parseLong(upload.group(1));
        Organisation organisation = organisations.administered(user.id(), organisationId);
        String base = request.getContextPath() + "/org/" + organisation.getId() + "/enrol";
        Part file;
        try {
            file = request.getPart("file");
        } catch (IllegalStateException | ServletException e) {
            refuse(FileProblem.TOO_LARGE, base, request, response);
            return;
        }
        if (file == null || file.getSize() == 0) {
            refuse(FileProblem.EMPTY, base, request, response);
            return;
        }
        if (file.getSize() > EnrolmentFile.MAX_BYTES) {
            refuse(FileProblem.TOO_LARGE, base, request, response);
            return;
        }
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
            bytes = in.readAllBytes();
        }
        EnrolmentList list = EnrolmentFile.read(bytes);
        if (!list.isReadable()) {
            refuse(list.problem(), base, request, response);
            return;
        }
        String name =
                Optional.ofNullable(file.getSubmittedFileName()).orElse("").replaceAll("[\\p{Cc}\\p{Cf}]", "");
        EnrolmentDraft draft = enrolments.draft(user.id(), organisationId, list, name);
        String preview = base + "/" + draft.getId();
        if (JsonAnswers.wanted(request)) {
            JsonAnswers.send(response, HttpServletResponse.SC_OK, "{\"location\":\"" + preview + "\"}");
        } else {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", preview);
        }
    }

    private void refuse(FileProblem problem, String base, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (JsonAnswers.wanted(request)) {
            String message = texts.get("enrol.problem." + problem.name())
                    .replace("\\", "\\\\")
                    .replace("\"", "\\\"");
            JsonAnswers.send(response, HttpServletResponse.SC_BAD_REQUEST, "{\"error\":\"" + message + "\"}");
        } else {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", base + "?error=" + problem.name());
        }
    }

    private void export(long organisationId, String format, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Organisation organisation = organisations.administered(user.id(), organisationId);
        MemberState state = null;
        try {
            String s = request.getParameter("state");
            state = s == null || s.isBlank() ? null : MemberState.valueOf(s);
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        MemberListQuery query =
                new MemberListQuery(state, request.getParameter("q"), MemberListQuery.Column.NAME, true);
        Instant now = Instant.now(clock);
        Spreadsheet<MemberRow> export = MemberExport.of(
                catalog.outline().parts(),
                texts::get,
                part -> language.text(part.title()),
                row -> MemberStates.label(row, now, texts::get));
        String file = "medlemmar-" + slug(organisation.getName()) + "-" + LocalDate.ofInstant(now, Formats.ZONE) + "."
                + format;
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"" + file + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(file, StandardCharsets.UTF_8));
        response.setHeader("Cache-Control", "private, no-store");
        OutputStream out = response.getOutputStream();
        if ("csv".equals(format)) {
            response.setContentType("text/csv; charset=UTF-8");
            export.csv(out, each -> lists.forEach(user.id(), organisationId, query, each));
        } else {
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            export.xlsx(out, texts.get("export.sheet"), each -> lists.forEach(user.id(), organisationId, query, each));
        }
        out.flush();
    }

    private void qr(long organisationId, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Organisation organisation = organisations.administered(user.id(), organisationId);
        String link = publicAddress.base(request) + "/join/" + organisation.getJoinCode();
        response.setContentType("image/svg+xml");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "private, no-cache");
        response.getWriter().write(JoinLinkQr.svg(link, texts.get("joinLink.qr", organisation.getName())));
    }

    static String slug(String name) {
        String slug = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        return slug.isEmpty() ? "organisation" : slug.substring(0, Math.min(40, slug.length()));
    }
}
