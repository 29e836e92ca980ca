package se.battrebemotande.admin;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.battrebemotande.course.Choice;
import se.battrebemotande.course.Question;
import se.battrebemotande.course.QuestionContent;
import se.battrebemotande.course.QuestionContent.ChoiceContent;
import se.battrebemotande.course.pkg.QuestionRules;
import se.battrebemotande.platform.LocalizedText;

/**
 * The question editor's form: the question's texts in Swedish (required) and English (optional),
 * and up to {@value QuestionRules#MAX_CHOICES} choice rows, of which the filled ones are the
 * choices. {@link #check()} applies the package's rules and names the field of each problem.
 */
public class QuestionForm implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int TEXT_MAX = 1000;
    static final int EXPLANATION_MAX = 3000;

    /** One choice row; {@code key} is kept from the version edited, so a choice stays itself. */
    public static class ChoiceRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String key;
        private String sv;
        private String en;
        private boolean correct;

        ChoiceRow() {}

        ChoiceRow(String key, String sv, String en, boolean correct) {
            this.key = key;
            this.sv = sv;
            this.en = en;
            this.correct = correct;
        }

        boolean isBlank() {
            return blank(sv) && blank(en);
        }

        public String getSv() {
            return sv;
        }

        public void setSv(String sv) {
            this.sv = sv;
        }

        public String getEn() {
            return en;
        }

        public void setEn(String en) {
            this.en = en;
        }

        public boolean isCorrect() {
            return correct;
        }

        public void setCorrect(boolean correct) {
            this.correct = correct;
        }
    }

    /** A problem: the field (form-relative id, e.g. {@code text-sv} or {@code choice-2-sv}), a text key and its arguments. */
    public record Problem(String field, String key, Object... arguments) {}

    private boolean multiple;
    private String textSv;
    private String textEn;
    private String explanationSv;
    private String explanationEn;
    private final List<ChoiceRow> choices = new ArrayList<>();

    public QuestionForm() {
        while (choices.size() < QuestionRules.MAX_CHOICES) {
            choices.add(new ChoiceRow());
        }
    }

    /** The form filled with a question's current content. */
    public static QuestionForm of(Question question) {
        QuestionForm form = new QuestionForm();
        form.multiple = question.isMultiple();
        form.textSv = question.getText().sv();
        form.textEn = question.getText().en();
        form.explanationSv = question.getExplanation().sv();
        form.explanationEn = question.getExplanation().en();
        List<Choice> active = question.activeChoices();
        for (int i = 0; i < active.size() && i < QuestionRules.MAX_CHOICES; i++) {
            Choice c = active.get(i);
            form.choices.set(
                    i, new ChoiceRow(c.getKey(), c.getText().sv(), c.getText().en(), c.isCorrect()));
        }
        return form;
    }

    /** What is wrong with the form, field by field, in the order of the form; empty when it can be saved. */
    public List<Problem> check() {
        List<Problem> problems = new ArrayList<>();
        required(problems, "text-sv", textSv, TEXT_MAX);
        optional(problems, "text-en", textEn, TEXT_MAX);
        List<Boolean> right = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            ChoiceRow row = choices.get(i);
            if (row.isBlank()) {
                if (row.correct) {
                    problems.add(new Problem("choice-" + i + "-sv", "question.choice.rightButEmpty", i + 1));
                }
                continue;
            }
            if (blank(row.sv)) {
                problems.add(new Problem("choice-" + i + "-sv", "question.choice.swedishMissing", i + 1));
            } else if (row.sv.strip().length() > TEXT_MAX) {
                problems.add(new Problem("choice-" + i + "-sv", "question.tooLong", TEXT_MAX));
            }
            optional(problems, "choice-" + i + "-en", row.en, TEXT_MAX);
            right.add(row.correct);
        }
        QuestionRules.choiceCount(right.size())
                .ifPresent(p -> problems.add(new Problem("choice-0-sv", "question.rule." + p.kind(), p.count())));
        if (right.size() >= QuestionRules.MIN_CHOICES) {
            QuestionRules.rightAnswers(multiple, right)
                    .ifPresent(p -> problems.add(new Problem(
                            "choice-" + firstFilled() + "-correct", "question.rule." + p.kind(), p.count())));
        }
        required(problems, "explanation-sv", explanationSv, EXPLANATION_MAX);
        optional(problems, "explanation-en", explanationEn, EXPLANATION_MAX);
        return problems;
    }

    /** The content the form says; only call when {@link #check()} found nothing. */
    public QuestionContent content() {
        Set<String> keys = new HashSet<>();
        choices.stream().map(r -> r.key).filter(k -> k != null).forEach(keys::add);
        Map<ChoiceRow, String> assigned = new LinkedHashMap<>();
        char next = 'a';
        for (ChoiceRow row : choices) {
            if (row.isBlank()) {
                continue;
            }
            String key = row.key;
            if (key == null || assigned.containsValue(key)) {
                while (keys.contains(String.valueOf(next))) {
                    next++;
                }
                key = String.valueOf(next);
                keys.add(key);
            }
            assigned.put(row, key);
        }
        List<ChoiceContent> content = assigned.entrySet().stream()
                .map(e -> new ChoiceContent(e.getValue(), text(e.getKey().sv, e.getKey().en), e.getKey().correct))
                .toList();
        return new QuestionContent(multiple, text(textSv, textEn), text(explanationSv, explanationEn), content);
    }

    private int firstFilled() {
        for (int i = 0; i < choices.size(); i++) {
            if (!choices.get(i).isBlank()) {
                return i;
            }
        }
        return 0;
    }

    private static LocalizedText text(String sv, String en) {
        return new LocalizedText(sv.strip(), blank(en) ? null : en.strip());
    }

    private static void required(List<Problem> problems, String field, String value, int max) {
        if (blank(value)) {
            problems.add(new Problem(field, "question.required"));
        } else {
            optional(problems, field, value, max);
        }
    }

    private static void optional(List<Problem> problems, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            problems.add(new Problem(field, "question.tooLong", max));
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public boolean isMultiple() {
        return multiple;
    }

    public void setMultiple(boolean multiple) {
        this.multiple = multiple;
    }

    public String getTextSv() {
        return textSv;
    }

    public void setTextSv(String textSv) {
        this.textSv = textSv;
    }

    public String getTextEn() {
        return textEn;
    }

    public void setTextEn(String textEn) {
        this.textEn = textEn;
    }

    public String getExplanationSv() {
        return explanationSv;
    }

    public void setExplanationSv(String explanationSv) {
        this.explanationSv = explanationSv;
    }

    public String getExplanationEn() {
        return explanationEn;
    }

    public void setExplanationEn(String explanationEn) {
        this.explanationEn = explanationEn;
    }

    public List<ChoiceRow> getChoices() {
        return choices;
    }
}
