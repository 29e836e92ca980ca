package se.battrebemotande.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.battrebemotande.course.CourseFixtures;
import se.battrebemotande.course.Question;

class AttemptTest {
    static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private Question single;
    private Question multiple;
    private Attempt attempt;
    private long singleItem;
    private long multipleItem;

    @BeforeEach
    void drawAttempt() {
        single = CourseFixtures.question("single", false, List.of("a", "b", "c"), List.of("b"));
        multiple = CourseFixtures.question("multiple", true, List.of("a", "b", "c", "d"), List.of("a", "c"));
        List<Question> questions = List.of(single, multiple);
        attempt = new Attempt(7, 3, 0.8, questions, QuestionDraw.choiceOrders(questions, new Random(1)), NOW);
        long id = 1;
        for (AttemptItem item : attempt.getItems()) {
            CourseFixtures.setId(item, id++);
        }
        singleItem = attempt.getItems().get(0).getId();
        multipleItem = attempt.getItems().get(1).getId();
    }

    private long choice(Question q, String key) {
        return CourseFixtures.choice(q, key).getId();
    }

    private Map<Long, Set<Long>> answers(Set<Long> forSingle, Set<Long> forMultiple) {
        Map<Long, Set<Long>> answers = new HashMap<>();
        answers.put(singleItem, forSingle);
        answers.put(multipleItem, forMultiple);
        return answers;
    }

    @Test
    void allRightScoresHundredAndPasses() {
        attempt.submit(answers(Set.of(choice(single, "b")), Set.of(choice(multiple, "a"), choice(multiple, "c"))), NOW);
        assertEquals(100, attempt.getScorePercent());
        assertEquals(2, attempt.getCorrectCount());
        assertTrue(attempt.isPassed());
        assertTrue(attempt.isSubmitted());
    }

    @Test
    void aMultipleChoiceQuestionNeedsEveryRightChoiceAndNoWrongOne() {
        attempt.submit(answers(Set.of(choice(single, "b")), Set.of(choice(multiple, "a"))), NOW);
        assertEquals(50, attempt.getScorePercent());
        assertFalse(attempt.isPassed(), "1 of 2 is below the 80 % pass mark");
        assertFalse(attempt.getItems().get(1).getCorrect());
    }

    @Test
    void tickingEveryChoiceIsWrong() {
        attempt.submit(
                answers(
                        Set.of(choice(single, "b")),
                        Set.of(
                                choice(multiple, "a"),
                                choice(multiple, "b"),
                                choice(multiple, "c"),
                                choice(multiple, "d"))),
                NOW);
        assertFalse(attempt.getItems().get(1).getCorrect());
    }

    @Test
    void choicesFromAnotherQuestionAreRefusedAndNothingChanges() {
        AttemptRefusedException refused = assertThrows(
                AttemptRefusedException.class,
                () -> attempt.submit(answers(Set.of(choice(multiple, "a")), Set.of(choice(multiple, "c"))), NOW));
        assertEquals(AttemptRefusedException.Reason.ANSWERS_DO_NOT_MATCH, refused.reason());
        assertFalse(attempt.isSubmitted());
        assertNull(attempt.getScorePercent());
    }

    @Test
    void unknownItemsAndTwoAnswersToASingleQuestionAreRefused() {
        Map<Long, Set<Long>> extra = answers(Set.of(choice(single, "b")), Set.of(choice(multiple, "a")));
        extra.put(999L, Set.of(choice(single, "a")));
        assertThrows(AttemptRefusedException.class, () -> attempt.submit(extra, NOW));
        assertThrows(
                AttemptRefusedException.class,
                () -> attempt.submit(
                        answers(Set.of(choice(single, "a"), choice(single, "b")), Set.of(choice(multiple, "a"))), NOW));
        assertFalse(attempt.isSubmitted());
    }

    @Test
    void unansweredQuestionsAreNamedAndNothingIsScored() {
        IncompleteAnswersException e = assertThrows(
                IncompleteAnswersException.class,
                () -> attempt.submit(answers(Set.of(choice(single, "b")), Set.of()), NOW));
        assertEquals(Set.of(multipleItem), e.unansweredItems());
        assertFalse(attempt.isSubmitted());
    }

    @Test
    void aSecondSubmissionIsRefused() {
        attempt.submit(answers(Set.of(choice(single, "a")), Set.of(choice(multiple, "a"))), NOW);
        AttemptRefusedException refused = assertThrows(
                AttemptRefusedException.class,
                () -> attempt.submit(
                        answers(Set.of(choice(single, "b")), Set.of(choice(multiple, "a"), choice(multiple, "c"))),
                        NOW));
        assertEquals(AttemptRefusedException.Reason.ALREADY_SUBMITTED, refused.reason());
        assertEquals(0, attempt.getScorePercent(), "the first result stands");
    }

    @Test
    void thePassMarkIsCountedExactly() {
        assertTrue(Attempt.isPassing(4, 5, 0.8));
        assertFalse(Attempt.isPassing(3, 5, 0.8));
        assertTrue(Attempt.isPassing(3, 4, 0.75));
        assertFalse(Attempt.isPassing(2, 3, 0.7));
        assertTrue(Attempt.isPassing(7, 10, 0.7));
        List<Question> five = java.util.stream.IntStream.range(0, 5)
                .mapToObj(i -> CourseFixtures.question("q" + i, false, List.of("a", "b"), List.of("a")))
                .toList();
        assertEquals(
                4,
                new Attempt(1, 1, 0.8, five, QuestionDraw.choiceOrders(five, new Random(1)), NOW).rightAnswersNeeded());
    }

    @Test
    void theFormsPlacesMeanTheChoicesThisAttemptShowedThere() {
        AttemptItem item = attempt.getItems().get(1);
        List<Long> shown = item.offeredChoiceIds();
        Map<Long, Set<Long>> choices = attempt.choicesAt(Map.of(item.getId(), Set.of(1, 3)));
        assertEquals(Set.of(shown.get(0), shown.get(2)), choices.get(item.getId()));
        for (int wrong : new int[] {0, -1, shown.size() + 1}) {
            assertThrows(
                    AttemptRefusedException.class,
                    () -> attempt.choicesAt(Map.of(item.getId(), Set.of(wrong))),
                    "place " + wrong);
        }
        assertThrows(AttemptRefusedException.class, () -> attempt.choicesAt(Map.of(999L, Set.of(1))), "no such item");
    }
}
