package se.battrebemotande.course;

/** A step is a film, or a longer lecture that is shown as such so a learner can plan for it. */
public enum StepKind {
    FILM,
    LECTURE
}
