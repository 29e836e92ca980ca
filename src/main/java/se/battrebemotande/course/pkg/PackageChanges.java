package se.battrebemotande.course.pkg;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.battrebemotande.course.pkg.CoursePackage.CaptionSpec;
import se.battrebemotande.course.pkg.CoursePackage.PartSpec;
import se.battrebemotande.course.pkg.CoursePackage.QuestionSpec;
import se.battrebemotande.course.pkg.CoursePackage.StepSpec;
import se.battrebemotande.platform.LocalizedText;

/**
 * What importing a course package would change in the live course, part by part, step by step and
 * question by question, in the package's order. The live course is given as a package too (its
 * export). Media files are compared by content ({@code sameFile} gets the live file's course path
 * and the incoming file's package path), never by name, since the live course keeps uploads under
 * names of its own.
 */
public record PackageChanges(List<Change> changes) {

    public enum Level {
        COURSE,
        PART,
        STEP,
        QUESTION
    }

    public enum Kind {
        ADDED,
        CHANGED,
        RETIRED
    }

    /**
     * One part, step or question that changes. {@code where} names it by slugs ({@code part/step/
     * question}); {@code fields} names what differs (keys such as {@code title}, {@code film}).
     */
    public record Change(Level level, Kind kind, String where, LocalizedText title, List<String> fields) {}

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public long count(Level level, Kind kind) {
        return changes.stream()
                .filter(c -> c.level() == level && c.kind() == kind)
                .count();
    }

    public static PackageChanges between(
            CoursePackage live, CoursePackage incoming, BiPredicate<String, String> sameFile) {
        List<Change> changes = new ArrayList<>();
        List<String> course = new ArrayList<>();
        differs(course, "title", live.title(), incoming.title());
        differs(course, "subtitle", live.subtitle(), incoming.subtitle());
        differs(course, "description", live.description(), incoming.description());
        differs(course, "audience", live.audience(), incoming.audience());
        differs(course, "issuer", live.issuer(), incoming.issuer());
        if (!live.parts().stream()
                .map(PartSpec::slug)
                .toList()
                .equals(incoming.parts().stream().map(PartSpec::slug).toList())) {
            course.add("order");
        }
        if (!course.isEmpty()) {
            changes.add(new Change(Level.COURSE, Kind.CHANGED, incoming.slug(), incoming.title(), course));
        }
        Map<String, PartSpec> liveParts = bySlug(live.parts(), PartSpec::slug);
        for (PartSpec part : incoming.parts()) {
            PartSpec before = liveParts.remove(part.slug());
            if (before == null) {
                changes.add(new Change(Level.PART, Kind.ADDED, part.slug(), part.title(), List.of()));
                part.steps().forEach(s -> changes.add(added(part, s)));
                continue;
            }
            List<String> fields = new ArrayList<>();
            differs(fields, "title", before.title(), part.title());
            differs(fields, "summary", before.summary(), part.summary());
            if (!before.steps().stream()
                    .map(StepSpec::slug)
                    .toList()
                    .equals(part.steps().stream().map(StepSpec::slug).toList())) {
                fields.add("order");
            }
            if (!fields.isEmpty()) {
                changes.add(new Change(Level.PART, Kind.CHANGED, part.slug(), part.title(), fields));
            }
            steps(changes, part, before.steps(), sameFile);
        }
        for (PartSpec gone : liveParts.values()) {
            changes.add(new Change(Level.PART, Kind.RETIRED, gone.slug(), gone.title(), List.of()));
        }
        return new PackageChanges(List.copyOf(changes));
    }

    private static void steps(
            List<Change> changes, PartSpec part, List<StepSpec> liveSteps, BiPredicate<String, String> sameFile) {
        Map<String, StepSpec> live = bySlug(liveSteps, StepSpec::slug);
        for (StepSpec step : part.steps()) {
            StepSpec before = live.remove(step.slug());
            if (before == null) {
                changes.add(added(part, step));
                continue;
            }
            String where = part.slug() + "/" + step.slug();
            List<String> fields = new ArrayList<>();
            differs(fields, "title", before.title(), step.title());
            differs(fields, "summary", before.summary(), step.summary());
            differs(fields, "transcript", before.transcript(), step.transcript());
            differs(fields, "chapters", before.chapters(), step.chapters());
            if (before.film().durationSeconds() != step.film().durationSeconds()
                    || !sameFile.test(before.film().file(), step.film().file())) {
                fields.add("film");
            }
            if ((before.poster() == null) != (step.poster() == null)
                    || (step.poster() != null && !sameFile.test(before.poster(), step.poster()))) {
                fields.add("poster");
            }
            if (!sameCaptions(before.captions(), step.captions(), sameFile)) {
                fields.add("captions");
            }
            if (before.lecture() != step.lecture()
                    || before.watchThreshold() != step.watchThreshold()
                    || before.questionsPerTest() != step.questionsPerTest()
                    || before.passMark() != step.passMark()) {
                fields.add("rules");
            }
            if (!fields.isEmpty()) {
                changes.add(new Change(Level.STEP, Kind.CHANGED, where, step.title(), fields));
            }
            questions(changes, where, before.questions(), step.questions());
        }
        for (StepSpec gone : live.values()) {
            changes.add(new Change(Level.STEP, Kind.RETIRED, part.slug() + "/" + gone.slug(), gone.title(), List.of()));
        }
    }

    private static void questions(
            List<Change> changes, String step, List<QuestionSpec> liveQuestions, List<QuestionSpec> incoming) {
        Map<String, QuestionSpec> live = bySlug(liveQuestions, QuestionSpec::key);
        for (QuestionSpec question : incoming) {
            QuestionSpec before = live.remove(question.key());
            String where = step + "/" + question.key();
            if (before == null) {
                changes.add(new Change(Level.QUESTION, Kind.ADDED, where, question.text(), List.of()));
                continue;
            }
            List<String> fields = new ArrayList<>();
            differs(fields, "text", before.text(), question.text());
            if (before.multiple() != question.multiple() || !before.choices().equals(question.choices())) {
                fields.add("choices");
            }
            differs(fields, "explanation", before.explanation(), question.explanation());
            if (!fields.isEmpty()) {
                changes.add(new Change(Level.QUESTION, Kind.CHANGED, where, question.text(), fields));
            }
        }
        for (QuestionSpec gone : live.values()) {
            changes.add(new Change(Level.QUESTION, Kind.RETIRED, step + "/" + gone.key(), gone.text(), List.of()));
        }
    }

    private static Change added(PartSpec part, StepSpec step) {
        return new Change(Level.STEP, Kind.ADDED, part.slug() + "/" + step.slug(), step.title(), List.of());
    }

    private static boolean sameCaptions(
            List<CaptionSpec> live, List<CaptionSpec> incoming, BiPredicate<String, String> sameFile) {
        if (live.size() != incoming.size()) {
            return false;
        }
        Map<String, CaptionSpec> byLang = bySlug(live, CaptionSpec::lang);
        for (CaptionSpec caption : incoming) {
            CaptionSpec before = byLang.get(caption.lang());
            if (before == null
                    || !before.label().equals(caption.label())
                    || !sameFile.test(before.file(), caption.file())) {
                return false;
            }
        }
        return true;
    }

    private static void differs(List<String> fields, String name, LocalizedText before, LocalizedText after) {
        if (!Objects.equals(before, after)) {
            fields.add(name);
        }
    }

    private static <T> Map<String, T> bySlug(List<T> items, Function<T, String> slug) {
        return items.stream().collect(Collectors.toMap(slug, t -> t, (a, b) -> a, LinkedHashMap::new));
    }
}
