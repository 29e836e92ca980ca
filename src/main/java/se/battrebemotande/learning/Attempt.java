package se.battrebemotande.learning;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.battrebemotande.course.Question;

/**
 * One sitting of a step's test: the questions drawn for it, in order, and once submitted the
 * score and whether it passed. Attempts are never deleted; a retake is a new attempt.
 */
@Entity
@NamedQuery(
        name = "Attempt.ofLearnerStep",
        query = "select a from Attempt a where a.accountId = :account "
                + "and a.stepId = :step order by a.startedAt desc, a.id desc")
@NamedQuery(
        name = "Attempt.ofLearner",
        query = "select a from Attempt a where a.accountId = :account order by a.startedAt desc, a.id desc")
public class Attempt {
    @Id
    @SequenceGenerator(name = "attempt_seq", sequenceName = "attempt_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attempt_seq")
    private Long id;

    @Column(name = "account_id")
    private long accountId;

    @Column(name = "step_id")
    private long stepId;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "pass_mark")
    private double passMark;

    @Column(name = "correct_count")
    private Integer correctCount;

    @Column(name = "question_count")
    private int questionCount;

    @Column(name = "score_percent")
    private Integer scorePercent;

    private Boolean passed;

    @OneToMany(mappedBy = "attempt", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<AttemptItem> items = new ArrayList<>();

    @Version
    private long version;

    protected Attempt() {}

    /** A new attempt over the drawn questions, each with its choices in the order given. */
    public Attempt(
            long accountId,
            long stepId,
            double passMark,
            List<Question> questions,
            Map<Long, List<Long>> choiceOrder,
            Instant now) {
        this.accountId = accountId;
        this.stepId = stepId;
        this.passMark = passMark;
        this.startedAt = now;
        this.questionCount = questions.size();
        int position = 0;
        for (Question q : questions) {
            items.add(new AttemptItem(this, q, ++position, choiceOrder.get(q.getId())));
        }
    }

    /**
     * The ticked choices as choice ids, from the places (1, 2, …) at which this attempt showed them
     * in each item: the answer form holds only those places, which mean nothing outside this attempt
     * (the choices are shuffled for each), never a choice's id. A place or an item this attempt does
     * not have is refused.
     */
    public Map<Long, Set<Long>> choicesAt(Map<Long, Set<Integer>> places) {
        Map<Long, AttemptItem> byId = new HashMap<>();
        items.forEach(i -> byId.put(i.getId(), i));
        Map<Long, Set<Long>> choices = new HashMap<>();
        places.forEach((itemId, ticked) -> {
            AttemptItem item = byId.get(itemId);
            if (item == null) {
                throw new AttemptRefusedException(AttemptRefusedException.Reason.ANSWERS_DO_NOT_MATCH);
            }
            List<Long> offered = item.offeredChoiceIds();
            Set<Long> ids = new HashSet<>();
            for (int place : ticked) {
                if (place < 1 || place > offered.size()) {
                    throw new AttemptRefusedException(AttemptRefusedException.Reason.ANSWERS_DO_NOT_MATCH);
                }
                ids.add(offered.get(place - 1));
            }
            choices.put(itemId, ids);
        });
        return choices;
    }

    /**
     * Scores the answers, given as ticked choice ids per attempt item. Refuses, changing nothing,
     * answers that name anything outside this attempt, and asks for every question to be answered.
     */
    public void submit(Map<Long, Set<Long>> answers, Instant now) {
        if (isSubmitted()) {
            throw new AttemptRefusedException(AttemptRefusedException.Reason.ALREADY_SUBMITTED);
        }
        Set<Long> itemIds = new HashSet<>();
        items.forEach(i -> itemIds.add(i.getId()));
        if (!itemIds.containsAll(answers.keySet())) {
            throw new AttemptRefusedException(AttemptRefusedException.Reason.ANSWERS_DO_NOT_MATCH);
        }
        Set<Long> unanswered = new HashSet<>();
        for (AttemptItem item : items) {
            Set<Long> ticked = answers.getOrDefault(item.getId(), Set.of());
            if (!item.offers(ticked) || (!item.getQuestion().isMultiple() && ticked.size() > 1)) {
                throw new AttemptRefusedException(AttemptRefusedException.Reason.ANSWERS_DO_NOT_MATCH);
            }
            if (ticked.isEmpty()) {
                unanswered.add(item.getId());
            }
        }
        if (!unanswered.isEmpty()) {
            throw new IncompleteAnswersException(unanswered);
        }
        int right = 0;
        for (AttemptItem item : items) {
            if (item.answer(answers.get(item.getId()))) {
                right++;
            }
        }
        correctCount = right;
        scorePercent = Math.round(100f * right / questionCount);
        passed = isPassing(right, questionCount, passMark);
        submittedAt = now;
    }

    /** Passing means at least the pass mark's share of right answers, counted exactly. */
    static boolean isPassing(int right, int total, double passMark) {
        return right * 1000L >= Math.round(passMark * 1000) * (long) total;
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    public boolean isOf(long account) {
        return accountId == account;
    }

    /** How many right answers passing takes. */
    public int rightAnswersNeeded() {
        int needed = 0;
        while (!isPassing(needed, questionCount, passMark)) {
            needed++;
        }
        return needed;
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public long getStepId() {
        return stepId;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public double getPassMark() {
        return passMark;
    }

    public Integer getCorrectCount() {
        return correctCount;
    }

    public int getQuestionCount() {
        return questionCount;
    }

    public Integer getScorePercent() {
        return scorePercent;
    }

    public boolean isPassed() {
        return Boolean.TRUE.equals(passed);
    }

    public List<AttemptItem> getItems() {
        return items;
    }
}
