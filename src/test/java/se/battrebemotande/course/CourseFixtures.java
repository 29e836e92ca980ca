package se.battrebemotande.course;

import java.lang.reflect.Field;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import se.battrebemotande.platform.LocalizedText;

/** Course entities for unit tests, with ids set as the database would set them. */
public final class CourseFixtures {
    private static final AtomicLong IDS = new AtomicLong(1000);

    private CourseFixtures() {}

    /** A question with choices "a", "b", … of which those named in {@code right} are right. */
    public static Question question(String key, boolean multiple, List<String> choices, List<String> right) {
        Question question = new Question(
                null,
                key,
                1,
                1,
                new QuestionContent(
                        multiple,
                        LocalizedText.swedish("Fråga " + key),
                        LocalizedText.swedish("Förklaring"),
                        choices.stream()
                                .map(c -> new QuestionContent.ChoiceContent(
                                        c, LocalizedText.swedish("Svar " + c), right.contains(c)))
                                .toList()));
        question.getChoices().forEach(c -> setId(c, IDS.incrementAndGet()));
        setId(question, IDS.incrementAndGet());
        return question;
    }

    public static Choice choice(Question question, String key) {
        return question.getChoices().stream()
                .filter(c -> c.getKey().equals(key))
                .findFirst()
                .orElseThrow();
    }

    public static void setId(Object entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
