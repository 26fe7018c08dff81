package backproplab.grading.meta;

import static org.assertj.core.api.Assertions.assertThat;

import backproplab.course.Exercise;
import backproplab.grading.Graders;
import backproplab.grading.Scoring;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The grader is itself verified, through the real grading path (each exercise compiled alone,
 * judged by the rules, run in its own JVM): each plausible wrong solution (a mutant student) loses
 * points on its exercise with the hint written for its mistake; each cheat scores 0 on its exercise,
 * with the rule and the line named, and changes nothing else. The reference solution's full marks,
 * and the untouched stubs' 0 without a failure, are checked where the autograder and the handout run
 * them ({@code DeliveryChecks}). Submissions are graded two at a time, each in JVMs of its own.
 */
class GraderChecks {

    @Nested
    @Execution(ExecutionMode.CONCURRENT)
    class Scores {

        // -Dgrade.strict=true ⇒ an untouched stub fails, for per-exercise autograding
        @Test
        void in_strict_mode_an_untouched_stub_fails() {
            assertThat(Submissions.grade(Submissions.STUBS, Exercise.BACKPROPAGATION, true)).isNotEmpty()
                    .allSatisfy(check -> assertThat(check.status()).isEqualTo(Scoring.Status.FAILED));
        }

        // Σ points of every graded check = 100
        @Test
        void the_exercises_are_worth_one_hundred_points() {
            assertThat(Graders.all().stream().mapToInt(Scoring::maximum).sum()).isEqualTo(100);
        }
    }

    static Stream<Mutants.Mutant> mutants() {
        return Mutants.ALL.stream();
    }

    @Nested
    @Execution(ExecutionMode.CONCURRENT)
    class Mutant_students {

        // mutant m ⇒ the check written for its mistake fails, with the hint written for it: m loses that check's points
        @ParameterizedTest(name = "{0}")
        @MethodSource("backproplab.grading.meta.GraderChecks#mutants")
        void each_mutant_fails_the_check_written_for_its_mistake_with_its_hint(Mutants.Mutant mutant) {
            Scoring.Check check = Submissions.grade(Submissions.mutant(mutant), mutant.exercise(), mutant.check());
            assertThat(check.status()).as("%s: %s", mutant, check.message()).isEqualTo(Scoring.Status.FAILED);
            assertThat(check.message()).as("%s must be judged on what it computes, not stopped by a rule", mutant)
                    .doesNotContain(backproplab.grading.Feedback.text(backproplab.i18n.Language.current(), "rule.violated",
                            mutant.exercise().number()));
            assertThat(check.points()).isZero();
            assertThat(check.hint()).as("%s's hint", mutant).isEqualTo(mutant.hint());
        }
    }

    /** Students who try to get around the grader, each breaking a rule: the rule's key, what it names, and the file of the line. */
    static Stream<Arguments> cheats() {
        return Stream.of(
                Arguments.of("ExitsTheJvm", "rule.system", "System.exit", "Exercise3Backpropagation"),
                Arguments.of("ShutdownHook", "rule.process", "Runtime.getRuntime", "Exercise3Backpropagation"),
                Arguments.of("WritesTheReport", "rule.files", "Files.writeString", "Exercise3Backpropagation"),
                Arguments.of("SubPackageHelper", "rule.files", "Files.writeString", "Forge"),
                Arguments.of("DelegatesToTheEngine", "rule.kit", "ReverseMode.gradients", "Exercise3Backpropagation"),
                Arguments.of("MethodReferenceToTheKit", "rule.kit", "Kit.reverseAccumulation", "Exercise3Backpropagation"),
                Arguments.of("ReadsTheAnswers", "rule.files", "Files.readString", "Exercise3Backpropagation"),
                Arguments.of("Reflection", "rule.reflection", "Class.forName", "Exercise3Backpropagation"),
                Arguments.of("CountsItsCalls", "rule.staticState", "calls", "Exercise6Specification"));
    }

    @Nested
    @Execution(ExecutionMode.CONCURRENT)
    class Cheating {

        // a rule broken ⇒ 0 points, every check failing with the rule and the line; no other exercise changes, no file is forged
        @ParameterizedTest(name = "{0}")
        @MethodSource("backproplab.grading.meta.GraderChecks#cheats")
        void a_forbidden_use_scores_zero_and_names_the_rule_and_the_line(String cheat, String key, String what, String file) {
            Path submission = Submissions.CHEATS.resolve(cheat);
            Exercise exercise = exerciseOf(submission);
            String rule = backproplab.grading.Feedback.text(backproplab.i18n.Language.current(), key, exercise.number());
            Scoring.Exercise score = Submissions.score(submission, exercise);
            assertThat(score.points()).isZero();
            assertThat(score.checks()).isNotEmpty().allSatisfy(check -> assertThat(check.message())
                    .contains(rule).contains(what).containsPattern("\\(" + file + "\\.java:\\d+\\)"));
            assertThat(Path.of("target", "grade", "forged.json")).doesNotExist();
        }

        // a cheat that breaks no rule is judged on what it computes: printing a perfect score, or a class shaped like a grader, earns nothing
        @ParameterizedTest(name = "{0}")
        @MethodSource("backproplab.grading.meta.GraderChecks#harmlessCheats")
        void a_cheat_without_a_forbidden_use_earns_nothing(String cheat) {
            Path submission = Submissions.CHEATS.resolve(cheat);
            Scoring.Exercise score = Submissions.score(submission, exerciseOf(submission));
            assertThat(score.points()).isZero();
            assertThat(score.checks()).extracting(Scoring.Check::check)
                    .containsExactlyElementsOf(Arrays.stream(Graders.of(3).getDeclaredMethods())
                            .filter(m -> m.isAnnotationPresent(backproplab.grading.Points.class))
                            .sorted(java.util.Comparator.comparingInt(m -> m.getAnnotation(org.junit.jupiter.api.Order.class).value()))
                            .map(java.lang.reflect.Method::getName).toList());
        }

        // a cheat that needs the test framework does not even compile: the kit it is compiled against has none
        @Test
        void a_cheat_that_needs_the_test_framework_does_not_compile() {
            Scoring.Exercise score = Submissions.score(Submissions.CHEATS.resolve("AbortsItsChecks"), Exercise.BACKPROPAGATION);
            assertThat(score.points()).isZero();
            assertThat(score.status()).isEqualTo(Scoring.Status.DOES_NOT_COMPILE);
            assertThat(score.checks()).allSatisfy(check -> assertThat(check.message()).contains("org.opentest4j")
                    .containsPattern("ex3/Exercise3Backpropagation.java:\\d+:\\d+"));
        }
    }

    static Stream<String> harmlessCheats() {
        return Stream.of("PrintsFullMarks", "GradedLookingClass", "ChangesItsInput");
    }

    /** The exercise a cheat's folder holds ({@code exN}). */
    static Exercise exerciseOf(Path submission) {
        try (Stream<Path> folders = Files.list(submission)) {
            List<String> names = folders.map(p -> p.getFileName().toString()).toList();
            return Exercise.number(Integer.parseInt(names.get(0).substring(2)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
