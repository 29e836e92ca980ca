package se.battrebemotande.learning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import se.battrebemotande.course.Choice;
import se.battrebemotande.course.Question;

/**
 * Draws a test from a question bank: questions the learner did not get last time come first, so
 * a retake really is a new test when the bank allows it; questions and choices are shuffled.
 */
final class QuestionDraw {
    private QuestionDraw() {}

    static List<Question> questions(List<Question> bank, int count, Set<Long> askedLastTime, Random random) {
        List<Question> fresh = new ArrayList<>();
        List<Question> repeated = new ArrayList<>();
        for (Question q : bank) {
            (askedLastTime.contains(q.getId()) ? repeated : fresh).add(q);
        }
        Collections.shuffle(fresh, random);
        Collections.shuffle(repeated, random);
        List<Question> drawn = new ArrayList<>(fresh.subList(0, Math.min(count, fresh.size())));
        for (int i = 0; drawn.size() < count && i < repeated.size(); i++) {
            drawn.add(repeated.get(i));
        }
        Collections.shuffle(drawn, random);
        return drawn;
    }

    static Map<Long, List<Long>> choiceOrders(List<Question> questions, Random random) {
        Map<Long, List<Long>> orders = new LinkedHashMap<>();
        for (Question q : questions) {
            List<Long> ids = new ArrayList<>(
                    q.activeChoices().stream().map(Choice::getId).toList());
            Collections.shuffle(ids, random);
            orders.put(q.getId(), ids);
        }
        return orders;
    }
}
