package se.battrebemotande.stats;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.battrebemotande.stats.StatisticsTables.QuestionRow;

/**
 * {@code /admin/questions}: every question version answered in the period, the weakest first, with
 * how often it was right, the wrong choice picked most and its discrimination index, each linked to
 * its editor.
 */
@Named
@RequestScoped
public class StatisticsQuestionsBacking {
    @Inject
    StatisticsTables tables;

    public List<QuestionRow> getQuestions() {
        return tables.questions();
    }
}
