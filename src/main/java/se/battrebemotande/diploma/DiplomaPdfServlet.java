package se.battrebemotande.diploma;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import se.battrebemotande.account.CurrentUser;
import se.battrebemotande.web.PublicAddress;

/**
 * {@code /diplomas/pdf/{code}}: the signed-in learner's own certificate or diploma as a PDF, drawn
 * from what was stored when it was issued. Another learner's code answers 404.
 */
@WebServlet("/diplomas/pdf/*")
public class DiplomaPdfServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient Diplomas diplomas;

    @Inject
    transient CurrentUser user;

    @Inject
    transient PublicAddress publicAddress;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String code = path == null ? "" : path.substring(1).replaceFirst("\\.pdf$", "");
        long account = user.id();
        Optional<Diploma> diploma = VerificationCode.parse(code).valid().flatMap(c -> diplomas.findOwn(account, c));
        if (diploma.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Diploma d = diploma.get();
        byte[] pdf = DiplomaPdf.render(d, publicAddress.base(request) + "/verify/" + d.getCode());
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName(d) + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }

    static String fileName(Diploma d) {
        return (d.isCourseDiploma() ? "utbildningsdiplom" : "intyg") + "-battre-bemotande-" + d.getCode() + ".pdf";
    }
}
