package se.battrebemotande.course;

import java.util.List;
import se.battrebemotande.platform.LocalizedText;

/**
 * What a question says: whether several answers are right, its text, its explanation and its
 * choices. Two versions of a question differ exactly when their content does.
 */
public record QuestionContent(
        boolean multiple, LocalizedText text, LocalizedText explanation, List<ChoiceContent> choices) {

    /** One choice: its key within the question, its text, and whether it is right. */
    public record ChoiceContent(String key, LocalizedText text, boolean correct) {}

    public QuestionContent {
        choices = List.copyOf(choices);
    }

    /** The content of a question as it stands, with its active choices. */
    public static QuestionContent of(Question question) {
        return new QuestionContent(
                question.isMultiple(),
                question.getText(),
                question.getExplanation(),
                question.activeChoices().stream()
                        .map(c -> new ChoiceContent(c.getKey(), c.getText(), c.isCorrect()))
                        .toList());
    }
}
