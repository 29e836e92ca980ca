package se.battrebemotande.course.pkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.battrebemotande.course.pkg.CoursePackage.CaptionSpec;
import se.battrebemotande.course.pkg.CoursePackage.QuestionSpec;
import se.battrebemotande.course.pkg.CoursePackage.StepSpec;

/**
 * The course as shipped in {@code media/}: it loads, and each step meets the content's quality
 * bars beyond what loading requires (bilingual captions that match cue for cue and cover the film,
 * well-formed question banks, sources in every transcript).
 */
class CourseContentTest {
    static final Path MEDIA = Path.of("media");
    static final CoursePackage COURSE = CoursePackageReader.read(MEDIA);

    static Stream<StepSpec> steps() {
        return COURSE.parts().stream().flatMap(p -> p.steps().stream());
    }

    @Test
    void theCourseHasItsThreePartsInOrderWithEnoughSteps() {
        assertEquals(
                List.of("introduktion", "asylprocessen", "kulturkunskap"),
                COURSE.parts().stream().map(CoursePackage.PartSpec::slug).toList());
        assertTrue(COURSE.parts().get(0).steps().size() >= 3, "Introduktion has at least 3 steps");
        assertTrue(COURSE.parts().get(1).steps().size() >= 4, "Asylprocessen has at least 4 steps");
        assertTrue(COURSE.parts().get(2).steps().size() >= 3, "Kulturkunskap has at least 3 steps");
        assertTrue(steps().count() >= 10, "at least ten steps");
    }

    @Test
    void atLeastOneStepIsALongerLecture() {
        assertTrue(
                steps().anyMatch(s -> s.lecture() && s.film().durationSeconds() >= 600),
                "a lecture of 10 minutes or more");
        steps().filter(StepSpec::lecture).forEach(s -> assertTrue(s.film().durationSeconds() >= 480, s.slug()));
    }

    @Test
    void thePackageStaysUnder80Megabytes() throws IOException {
        long bytes;
        try (Stream<Path> files = Files.walk(MEDIA)) {
            bytes = files.filter(Files::isRegularFile)
                    .mapToLong(f -> {
                        try {
                            return Files.size(f);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .sum();
        }
        assertTrue(bytes < 80L * 1024 * 1024, "the course package is " + bytes / 1024 / 1024 + " MB");
        steps().forEach(s -> {
            try {
                double mbPerMinute = Files.size(MEDIA.resolve(s.film().file()))
                        / 1024.0
                        / 1024
                        / (s.film().durationSeconds() / 60);
                assertTrue(mbPerMinute < 1.5, s.slug() + " uses " + mbPerMinute + " MB a minute");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @ParameterizedTest
    @MethodSource("steps")
    void captionsInSwedishAndEnglishShareTheirCuesAndCoverTheFilm(StepSpec step) throws IOException {
        CaptionSpec sv = caption(step, "sv");
        CaptionSpec en = caption(step, "en");
        assertNotNull(en, step.slug() + " has English captions");
        List<WebVtt.Cue> svCues = WebVtt.parse(Files.readString(MEDIA.resolve(sv.file())));
        List<WebVtt.Cue> enCues = WebVtt.parse(Files.readString(MEDIA.resolve(en.file())));
        assertEquals(svCues.size(), enCues.size(), "same number of cues");
        for (int i = 0; i < svCues.size(); i++) {
            assertEquals(svCues.get(i).start(), enCues.get(i).start(), 1e-3, "cue " + (i + 1) + " starts together");
            assertEquals(svCues.get(i).end(), enCues.get(i).end(), 1e-3, "cue " + (i + 1) + " ends together");
            assertTrue(svCues.get(i).end() > svCues.get(i).start());
            if (i > 0) {
                assertTrue(svCues.get(i).start() >= svCues.get(i - 1).end() - 1e-3, "cues do not overlap: " + (i + 1));
            }
        }
        double duration = step.film().durationSeconds();
        assertTrue(svCues.get(0).start() < 5, "captions start with the narration");
        assertTrue(svCues.get(svCues.size() - 1).end() > duration - 8, "captions run to the end of the film");
        assertTrue(svCues.get(svCues.size() - 1).end() <= duration + 0.5, "captions end inside the film");
    }

    @ParameterizedTest
    @MethodSource("steps")
    void questionBanksAreLargeEnoughBilingualAndFair(StepSpec step) {
        assertTrue(
                step.questions().size() >= Math.max(8, step.questionsPerTest()),
                step.slug() + ": at least 8 questions");
        assertTrue(
                step.questions().stream().anyMatch(QuestionSpec::multiple),
                step.slug() + ": some questions have several right answers");
        for (QuestionSpec q : step.questions()) {
            assertTrue(q.choices().size() >= 3 && q.choices().size() <= 4, q.key() + ": 3–4 choices");
            assertNotNull(q.text().en(), q.key() + ": English text");
            assertNotNull(q.explanation().en(), q.key() + ": English explanation");
            q.choices().forEach(c -> assertNotNull(c.text().en(), q.key() + "/" + c.key() + ": English choice"));
            String all = (q.text().sv() + " "
                            + q.choices().stream().map(c -> c.text().sv()).toList())
                    .toLowerCase();
            assertTrue(
                    !all.contains("alla ovanstående") && !all.contains("inget av ovanstående"),
                    q.key() + ": no 'all of the above'");
            assertTrue(
                    !q.text().sv().toLowerCase().contains("välj alla")
                            && !q.text().sv().toLowerCase().contains("välj ett"),
                    q.key() + ": the app gives the answering hint, the question does not");
            if (q.multiple()) {
                assertTrue(
                        q.choices().stream()
                                        .filter(CoursePackage.ChoiceSpec::correct)
                                        .count()
                                >= 2,
                        q.key() + ": a multiple-answer question has two or more right answers");
            }
        }
    }

    @Test
    void theRightAnswerIsNotGivenAwayByBeingTheLongest() {
        List<QuestionSpec> single = steps().flatMap(s -> s.questions().stream())
                .filter(q -> !q.multiple())
                .toList();
        long longestIsRight = single.stream()
                .filter(q -> {
                    int longest = q.choices().stream()
                            .mapToInt(c -> c.text().sv().length())
                            .max()
                            .orElseThrow();
                    return q.choices().stream()
                            .filter(c -> c.text().sv().length() == longest)
                            .allMatch(CoursePackage.ChoiceSpec::correct);
                })
                .count();
        assertTrue(
                longestIsRight <= single.size() * 0.6,
                longestIsRight + " of " + single.size()
                        + " single-answer questions have the longest choice as the right one");
    }

    @ParameterizedTest
    @MethodSource("steps")
    void everyTranscriptEndsWithItsSources(StepSpec step) {
        assertTrue(step.transcript().sv().contains("## Källor"), step.slug());
        assertNotNull(step.transcript().en(), step.slug() + " has an English transcript");
        assertTrue(step.transcript().en().contains("## Sources"), step.slug());
    }

    @ParameterizedTest
    @MethodSource("steps")
    void everyStepHasAPoster(StepSpec step) {
        assertNotNull(step.poster(), step.slug());
    }

    private static CaptionSpec caption(StepSpec step, String lang) {
        return step.captions().stream()
                .filter(c -> c.lang().equals(lang))
                .findFirst()
                .orElse(null);
    }
}
