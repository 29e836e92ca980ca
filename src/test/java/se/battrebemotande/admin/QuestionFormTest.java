package se.battrebemotande.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.battrebemotande.course.QuestionContent;
import se.battrebemotande.course.QuestionContent.ChoiceContent;

/** The question editor's form: every problem named by its field, and content with stable choice keys. */
class QuestionFormTest {
    private static QuestionForm filled() {
        QuestionForm form = new QuestionForm();
        form.setTextSv("  Vem beslutar om asyl?  ");
        form.setExplanationSv("Migrationsverket prövar ansökan.");
        choice(form, 0, "Migrationsverket", true);
        choice(form, 1, "Kommunen", false);
        choice(form, 2, "Polisen", false);
        return form;
    }

    private static void choice(QuestionForm form, int i, String sv, boolean correct) {
        form.getChoices().get(i).setSv(sv);
        form.getChoices().get(i).setCorrect(correct);
    }

    private static List<String> fields(QuestionForm form) {
        return form.check().stream().map(QuestionForm.Problem::field).toList();
    }

    @Test
    void aFilledFormHasNoProblemAndGivesItsContent() {
        QuestionForm form = filled();
        assertEquals(List.of(), fields(form));

        QuestionContent content = form.content();

        assertEquals("Vem beslutar om asyl?", content.text().sv());
        assertEquals(
                List.of("a", "b", "c"),
                content.choices().stream().map(ChoiceContent::key).toList());
        assertTrue(content.choices().get(0).correct());
        assertEquals(null, content.text().en(), "an empty English text is no text");
    }

    @Test
    void anEmptyFormNamesTheTextTheChoicesAndTheExplanation() {
        List<String> fields = fields(new QuestionForm());
        assertTrue(fields.contains("text-sv"), fields::toString);
        assertTrue(fields.contains("choice-0-sv"), fields::toString);
        assertTrue(fields.contains("explanation-sv"), fields::toString);
    }

    @Test
    void aRightChoiceWithoutTextAndAnEnglishChoiceWithoutSwedishAreRefused() {
        QuestionForm form = filled();
        form.getChoices().get(4).setCorrect(true);
        form.getChoices().get(3).setEn("The police");
        List<QuestionForm.Problem> problems = form.check();
        assertEquals(
                List.of("choice-3-sv", "choice-4-sv"),
                problems.stream().map(QuestionForm.Problem::field).toList());
        assertEquals("question.choice.swedishMissing", problems.get(0).key());
        assertEquals("question.choice.rightButEmpty", problems.get(1).key());
    }

    @Test
    void aSingleAnswerQuestionNeedsExactlyOneRightChoice() {
        QuestionForm form = filled();
        form.getChoices().get(1).setCorrect(true);
        assertEquals(List.of("choice-0-correct"), fields(form));

        form.setMultiple(true);
        assertEquals(List.of(), fields(form));
    }

    @Test
    void aTooLongTextIsRefused() {
        QuestionForm form = filled();
        form.setTextSv("x".repeat(QuestionForm.TEXT_MAX + 1));
        assertEquals(List.of("text-sv"), fields(form));
    }
}
