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

    @Nested
    @Execution(ExecutionMode.CONCURRENT)
    class Seeds {

        // seed(files) = seed(the same files elsewhere), and a one-character change gives another seed
        @Test
        void the_same_code_gets_the_same_seed_and_other_code_another() throws java.io.IOException {
            Path here = Submissions.made("seed-here", List.of(Exercise.BACKPROPAGATION), null);
            Path there = Submissions.made("seed-there", List.of(Exercise.BACKPROPAGATION), null);
            Path changed = Submissions.made("seed-changed", List.of(Exercise.BACKPROPAGATION), null);
            Path file = changed.resolve(Path.of("ex3", "Exercise3Backpropagation.java"));
            Files.writeString(file, Files.readString(file).replace("adjoint[dag.output()] = 1;", "adjoint[dag.output()] = 1.0;"));
            long seed = seedOf(here);
            assertThat(seedOf(there)).isEqualTo(seed);
            assertThat(seedOf(changed)).isNotEqualTo(seed);
        }

        // a table of answers for the points of a known seed passes under that seed, and fails under the seed of its own code
        @Test
        void an_answer_table_for_a_known_seed_earns_nothing() throws java.io.IOException {
            long known = backproplab.spec.Spec.DEFAULT_SEED;
            StringBuilder table = new StringBuilder();
            backproplab.spec.Spec.gradingWith(known, () -> backproplab.spec.Spec.forAll(backproplab.grading.Exercise1Checks.points(),
                    backproplab.grading.Exercise1Checks.EXAMPLES, p -> table.append(Double.doubleToLongBits(p[0])).append(' ')
                            .append(Double.doubleToLongBits(p[1])).append(' ').append(Double.doubleToLongBits(1 / p[1])).append(' ')
                            .append(Double.doubleToLongBits(-p[0] / (p[1] * p[1]))).append('\n')));
            Path cheat = Submissions.made("cheat-AnswerTable", List.of(Exercise.LOCAL_DERIVATIVES), null);
            Path file = cheat.resolve(Path.of("ex1", "Exercise1LocalDerivatives.java"));
            Files.writeString(file, Files.readString(file)
                    .replace("        return new Partials(1 / y, -x / (y * y));", """
                                    Partials known = TABLE.get(x + " " + y);
                                    return known != null ? known : new Partials(0, 0);
                            """)
                    .replace("public final class Exercise1LocalDerivatives implements LocalDerivatives {", """
                            public final class Exercise1LocalDerivatives implements LocalDerivatives {

                                private static final String ANSWERS_PLACEHOLDER = "";

                                /** The answers, copied from a run under the kit's fixed seed. */
                                private static final java.util.Map<String, Partials> TABLE = new java.util.HashMap<>();

                                static {
                                    for (String line : ANSWERS.split("\\n")) {
                                        String[] bits = line.trim().split(" ");
                                        if (bits.length == 4) {
                                            TABLE.put(Double.longBitsToDouble(Long.parseLong(bits[0])) + " "
                                                    + Double.longBitsToDouble(Long.parseLong(bits[1])),
                                                    new Partials(Double.longBitsToDouble(Long.parseLong(bits[2])),
                                                            Double.longBitsToDouble(Long.parseLong(bits[3]))));
                                        }
                                    }
                                }
                            """)
                    .replace("private static final String ANSWERS_PLACEHOLDER = \"\";",
                            "private static final String ANSWERS = \"\"\"\n" + table + "\"\"\";"));
            assertThat(Submissions.grade(cheat, Exercise.LOCAL_DERIVATIVES, "quotient", known).status())
                    .as("the table answers every point of the seed it was made for").isEqualTo(Scoring.Status.PASSED);
            Scoring.Check graded = Submissions.grade(cheat, Exercise.LOCAL_DERIVATIVES, "quotient");
            assertThat(graded.status()).as("graded under the seed of its own code").isEqualTo(Scoring.Status.FAILED);
            assertThat(graded.points()).isZero();
        }
    }

    static long seedOf(Path submission) {
        return backproplab.grading.Submission.seed(backproplab.grading.Submission.compiled(submission, Exercise.BACKPROPAGATION),
                submission);
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
