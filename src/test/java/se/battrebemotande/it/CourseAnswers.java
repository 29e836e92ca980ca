package se.battrebemotande.it;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import se.battrebemotande.course.pkg.CoursePackage;
import se.battrebemotande.course.pkg.CoursePackage.ChoiceSpec;
import se.battrebemotande.course.pkg.CoursePackage.QuestionSpec;
import se.battrebemotande.course.pkg.CoursePackageReader;

/**
 * What the browser tests know that a page never tells: which choice is right. Read from the course
 * package itself, in both languages, keyed by question text and choice text as the page shows them.
 */
final class CourseAnswers {
    static final CoursePackage COURSE = CoursePackageReader.read(Path.of("media"));
    private final Map<String, Boolean> rightByQuestionAndChoice = new HashMap<>();

    CourseAnswers() {
        COURSE.parts().forEach(p -> p.steps().forEach(s -> s.questions().forEach(this::add)));
    }

    private void add(QuestionSpec q) {
        for (ChoiceSpec c : q.choices()) {
            rightByQuestionAndChoice.put(key(q.text().sv(), c.text().sv()), c.correct());
            if (q.text().en() != null && c.text().en() != null) {
                rightByQuestionAndChoice.put(key(q.text().en(), c.text().en()), c.correct());
            }
        }
    }

    boolean isRight(String question, String choice) {
        Boolean right = rightByQuestionAndChoice.get(key(question, choice));
        if (right == null) {
            throw new IllegalStateException("Not in the package: " + question + " / " + choice);
        }
        return right;
    }

    private static String key(String question, String choice) {
        return question.strip() + "\u0000" + choice.strip();
    }
}
