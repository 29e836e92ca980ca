package se.battrebemotande.diploma;

/** A certificate (intyg) for one completed part, or the diploma for the whole course. */
public enum DiplomaKind {
    PART,
    COURSE
}
