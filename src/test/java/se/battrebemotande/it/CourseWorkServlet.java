package se.battrebemotande.it;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import se.battrebemotande.account.Accounts;
import se.battrebemotande.course.CourseCatalog;
import se.battrebemotande.learning.Learning;

/**
 * Test deployments only ({@code Deployments.war().addClasses(...)}, never the application): lets a
 * browser test have a learner complete the whole course through {@link CourseWork} in seconds,
 * instead of playing every film. {@code POST /test-support/complete-course?email=...} answers with
 * the number of documents the learner then holds.
 */
@WebServlet("/test-support/complete-course")
public class CourseWorkServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient Accounts accounts;

    @Inject
    transient Learning learning;

    @Inject
    transient CourseCatalog catalog;

    @Inject
    transient se.battrebemotande.diploma.Diplomas diplomas;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long learner = accounts.findByEmail(request.getParameter("email"))
                .orElseThrow()
                .getId();
        catalog.outline().parts().forEach(p -> p.steps().forEach(s -> CourseWork.complete(learning, learner, s)));
        response.setContentType("text/plain");
        response.getWriter().print(diplomas.ofLearner(learner).size());
    }
}
