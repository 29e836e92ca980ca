package se.battrebemotande.course.pkg;

import java.util.List;
import java.util.Optional;

/**
 * What makes a question answerable, for the package reader and the question editor alike: 2 to 6
 * choices, at least one right and one wrong, and exactly one right for a single-answer question.
 */
public final class QuestionRules {
    public static final int MIN_CHOICES = 2;
    public static final int MAX_CHOICES = 6;

    /** The first rule a question breaks; {@code count} is the number that breaks it. */
    public record Problem(Kind kind, long count) {
        public String english() {
            return switch (kind) {
                case CHOICE_COUNT -> "must have " + MIN_CHOICES + " to " + MAX_CHOICES + " choices, has " + count;
                case NO_RIGHT -> "no right choice";
                case NO_WRONG -> "every choice is right; at least one must be wrong";
                case SINGLE_NOT_ONE_RIGHT ->
                    "a \"single\" question must have exactly one right choice, this has " + count;
            };
        }
    }

    public enum Kind {
        CHOICE_COUNT,
        NO_RIGHT,
        NO_WRONG,
        SINGLE_NOT_ONE_RIGHT
    }

    private QuestionRules() {}

    /** The choice count's problem, if any. */
    public static Optional<Problem> choiceCount(int choices) {
        return choices < MIN_CHOICES || choices > MAX_CHOICES
                ? Optional.of(new Problem(Kind.CHOICE_COUNT, choices))
                : Optional.empty();
    }

    /** The right answers' problem, if any: {@code right} holds, per choice, whether it is right. */
    public static Optional<Problem> rightAnswers(boolean multiple, List<Boolean> right) {
        long count = right.stream().filter(Boolean::booleanValue).count();
        if (count == 0) {
            return Optional.of(new Problem(Kind.NO_RIGHT, 0));
        }
        if (count == right.size()) {
            return Optional.of(new Problem(Kind.NO_WRONG, count));
        }
        if (!multiple && count > 1) {
            return Optional.of(new Problem(Kind.SINGLE_NOT_ONE_RIGHT, count));
        }
        return Optional.empty();
    }
}
