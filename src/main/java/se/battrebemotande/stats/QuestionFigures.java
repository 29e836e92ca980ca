package se.battrebemotande.stats;

/**
 * How one question version was answered: how many answered it and got it right, the wrong choice
 * picked most often, and the sums from which its discrimination index is computed (the correlation
 * between getting this question right, x, and the share right of the rest of the same test, y).
 */
public record QuestionFigures(
        long questionId,
        long answered,
        double sumX,
        double sumY,
        double sumXy,
        double sumYy,
        Long wrongChoiceId,
        long wrongPicks) {

    public double rightShare() {
        return answered == 0 ? 0 : sumX / answered;
    }

    /**
     * The point-biserial correlation of being right here with the rest of the test (−1 to 1): near
     * 0 or negative means those who do well overall are no likelier to get this one right, a sign
     * that it is unclear or keyed wrong. Null when it cannot be computed (too few answers, or
     * everyone right or everyone wrong).
     */
    public Double discrimination() {
        double n = answered;
        double varianceX = n * sumX - sumX * sumX;
        double varianceY = n * sumYy - sumY * sumY;
        if (answered < 2 || varianceX <= 0 || varianceY <= 1e-12) {
            return null;
        }
        return (n * sumXy - sumX * sumY) / Math.sqrt(varianceX * varianceY);
    }

    QuestionFigures withWrong(long choiceId, long picks) {
        return new QuestionFigures(questionId, answered, sumX, sumY, sumXy, sumYy, choiceId, picks);
    }
}
