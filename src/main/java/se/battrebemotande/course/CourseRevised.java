package se.battrebemotande.course;

/**
 * Fired in the transaction that changed the live course, with the course's new revision; after it
 * commits, this server's outline is rebuilt (other servers notice the revision within seconds).
 */
public record CourseRevised(long revision) {}
