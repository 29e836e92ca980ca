package se.battrebemotande.it;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import se.battrebemotande.account.Accounts;
import se.battrebemotande.account.Passwords;
import se.battrebemotande.course.CourseCatalog;
import se.battrebemotande.course.CourseOutline.PartOutline;
import se.battrebemotande.course.CourseOutline.StepOutline;
import se.battrebemotande.learning.Attempt;
import se.battrebemotande.learning.AttemptItem;
import se.battrebemotande.learning.Learning;

/**
 * Test deployments only (CrashIT): {@code POST /test-support/crash/prepare?prefix=&count=} makes
 * learners who have done all of the first part but its last step, whose test they have open, and
 * whose first step of the second part has its film delivered; one line per learner:
 * {@code email attempt stepPath answers reportStep}. {@code GET /test-support/crash/check?prefix=}
 * lists what the database holds for them and every inconsistency it finds.
 */
@WebServlet("/test-support/crash/*")
public class CrashSupportServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient Accounts accounts;

    @Inject
    transient Passwords passwords;

    @Inject
    transient Learning learning;

    @Inject
    transient CourseCatalog catalog;

    @Inject
    transient Checker checker;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String prefix = request.getParameter("prefix");
        int count = Integer.parseInt(request.getParameter("count"));
        String hash = passwords.hash(CrashIT.PASSWORD);
        List<PartOutline> parts = catalog.outline().parts();
        List<StepOutline> first = parts.get(0).steps();
        StepOutline last = first.get(first.size() - 1);
        StepOutline report = parts.get(1).steps().get(0);
        response.setContentType("text/plain");
        PrintWriter out = response.getWriter();
        for (int i = 0; i < count; i++) {
            String email = prefix + "-" + i + "@example.se";
            long learner = accounts.create("Krasch " + i, email, hash, Locale.forLanguageTag("sv"), true)
                    .getId();
            for (StepOutline step : first.subList(0, first.size() - 1)) {
                CourseWork.complete(learning, learner, step);
            }
            CourseWork.watch(learning, learner, last);
            Attempt attempt = learning.startAttempt(learner, last.id());
            List<String> answers = new ArrayList<>();
            for (AttemptItem item : attempt.getItems()) {
                Set<Long> right = item.getQuestion().rightChoiceIds();
                List<Long> offered = item.offeredChoiceIds();
                for (int place = 1; place <= offered.size(); place++) {
                    if (right.contains(offered.get(place - 1))) {
                        answers.add("answer-" + item.getId() + "=" + place);
                    }
                }
            }
            learning.recordDelivery(learner, report.id(), 1_000_000, 0, 1_000_000);
            out.println(email + " " + attempt.getId() + " " + last.path() + " " + String.join("&", answers) + " "
                    + report.id());
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        String firstPartSteps = catalog.outline().parts().get(0).steps().stream()
                .map(s -> String.valueOf(s.id()))
                .collect(java.util.stream.Collectors.joining(","));
        checker.check(request.getParameter("prefix") + "-%", firstPartSteps, response.getWriter());
    }

    /** The consistency checks, in one read-only transaction. */
    @jakarta.enterprise.context.ApplicationScoped
    public static class Checker {
        @PersistenceContext
        EntityManager em;

        @Transactional
        public void check(String emails, String firstPartSteps, PrintWriter out) {
            for (Object id : em.createNativeQuery(
                            "SELECT a.id, a.passed FROM attempt a JOIN account u ON u.id = a.account_id"
                                    + " WHERE u.email LIKE ?1 AND a.submitted_at IS NOT NULL")
                    .setParameter(1, emails)
                    .getResultList()) {
                Object[] row = (Object[]) id;
                out.println("submitted " + row[0] + " " + (Boolean.TRUE.equals(row[1]) ? "passed" : "failed"));
            }
            for (Object code : em.createNativeQuery(
                            "SELECT d.code FROM diploma d JOIN account u ON u.id = d.account_id WHERE u.email LIKE ?1")
                    .setParameter(1, emails)
                    .getResultList()) {
                out.println("diploma " + code);
            }
            problems(
                    out,
                    "an attempt scored without all its items judged",
                    "SELECT a.id FROM attempt a JOIN account u ON u.id = a.account_id WHERE u.email LIKE ?1"
                            + " AND a.submitted_at IS NOT NULL AND (a.score_percent IS NULL OR a.passed IS NULL"
                            + " OR (SELECT COUNT(*) FROM attempt_item i WHERE i.attempt_id = a.id AND i.correct IS NOT NULL)"
                            + " <> a.question_count)",
                    emails);
            problems(
                    out,
                    "progress that counts another number of submitted attempts",
                    "SELECT p.id FROM step_progress p JOIN account u ON u.id = p.account_id WHERE u.email LIKE ?1"
                            + " AND p.attempts <> (SELECT COUNT(*) FROM attempt a WHERE a.account_id = p.account_id"
                            + " AND a.step_id = p.step_id AND a.submitted_at IS NOT NULL)",
                    emails);
            problems(
                    out,
                    "a passed attempt without the step passed",
                    "SELECT a.id FROM attempt a JOIN account u ON u.id = a.account_id WHERE u.email LIKE ?1"
                            + " AND a.passed = TRUE AND NOT EXISTS (SELECT 1 FROM step_progress p"
                            + " WHERE p.account_id = a.account_id AND p.step_id = a.step_id AND p.passed_at IS NOT NULL)",
                    emails);
            problems(
                    out,
                    "a diploma without its parts",
                    "SELECT d.id FROM diploma d JOIN account u ON u.id = d.account_id WHERE u.email LIKE ?1"
                            + " AND NOT EXISTS (SELECT 1 FROM diploma_part x WHERE x.diploma_id = d.id)",
                    emails);
            problems(
                    out,
                    "a completed first part without its certificate",
                    "SELECT u.id FROM account u WHERE u.email LIKE ?1 AND (SELECT COUNT(*) FROM step_progress p"
                            + " WHERE p.account_id = u.id AND p.completed_at IS NOT NULL AND p.step_id IN ("
                            + firstPartSteps
                            + ")) = " + firstPartSteps.split(",").length + " AND NOT EXISTS (SELECT 1 FROM diploma d"
                            + " WHERE d.account_id = u.id AND d.kind = 'PART' AND d.revoked_at IS NULL)",
                    emails);
        }

        private void problems(PrintWriter out, String what, String sql, String emails) {
            for (Object id : em.createNativeQuery(sql).setParameter(1, emails).getResultList()) {
                out.println("PROBLEM " + what + ": " + id);
            }
        }
    }
}
