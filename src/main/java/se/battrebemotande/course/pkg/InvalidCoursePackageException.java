package se.battrebemotande.course.pkg;

import java.util.List;

/** A course package that cannot be loaded; every problem found names its file. */
public class InvalidCoursePackageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public InvalidCoursePackageException(String packageDir, List<String> problems) {
        super("The course package in " + packageDir + " cannot be loaded (" + problems.size()
                + (problems.size() == 1 ? " problem" : " problems") + "):\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
