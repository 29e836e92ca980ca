package se.battrebemotande.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import se.battrebemotande.course.CourseFixtures;
import se.battrebemotande.course.Question;

class QuestionDrawTest {
    private final List<Question> bank = IntStream.range(0, 8)
            .mapToObj(i -> CourseFixtures.question("q" + i, false, List.of("a", "b", "c", "d"), List.of("a")))
            .toList();

    private static Set<Long> ids(List<Question> questions) {
        return questions.stream().map(Question::getId).collect(Collectors.toSet());
    }

    @Test
    void drawsTheRequestedNumberWithoutRepeats() {
        List<Question> drawn = QuestionDraw.questions(bank, 5, Set.of(), new Random(3));
        assertEquals(5, drawn.size());
        assertEquals(5, ids(drawn).size());
    }

    @Test
    void retakeDrawsNewQuestionsFirst() {
        List<Question> first = QuestionDraw.questions(bank, 5, Set.of(), new Random(3));
        List<Question> retake = QuestionDraw.questions(bank, 5, ids(first), new Random(4));
        Set<Long> unseen = new HashSet<>(ids(bank));
        unseen.removeAll(ids(first));
        assertTrue(ids(retake).containsAll(unseen), "all 3 questions not asked last time are asked now");
    }

    @Test
    void aSmallBankStillFillsTheTest() {
        List<Question> drawn = QuestionDraw.questions(bank.subList(0, 3), 5, ids(bank.subList(0, 3)), new Random(1));
        assertEquals(3, drawn.size());
    }

    @Test
    void choiceOrderIsShuffledButComplete() {
        Map<Long, List<Long>> orders = QuestionDraw.choiceOrders(bank, new Random(9));
        boolean anyShuffled = false;
        for (Question q : bank) {
            List<Long> natural = q.getChoices().stream().map(c -> c.getId()).toList();
            assertEquals(new HashSet<>(natural), new HashSet<>(orders.get(q.getId())));
            anyShuffled |= !natural.equals(orders.get(q.getId()));
        }
        assertTrue(anyShuffled);
        assertNotEquals(QuestionDraw.choiceOrders(bank, new Random(1)), QuestionDraw.choiceOrders(bank, new Random(2)));
    }
}
