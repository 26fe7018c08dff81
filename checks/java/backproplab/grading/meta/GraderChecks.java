package backproplab.grading.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import backproplab.grading.GradeReport;
import backproplab.grading.Scoring;
import backproplab.grading.StudentEngine;
import backproplab.grading.mutants.Ex3DelegatesToTheEngine;
import backproplab.grading.mutants.Ex3MissingChainFactor;
import backproplab.grading.reference.Reference2TopologicalSort;
import backproplab.grading.reference.Reference3Backpropagation;
import backproplab.exercises.Exercise2TopologicalSort;
import backproplab.exercises.Exercise3Backpropagation;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;

/**
 * The grader is itself verified: run on the reference solutions it gives full marks, on the
 * untouched stubs 0 without failing, and on each plausible wrong solution (a "mutant student") it
 * takes points on the right exercise with the intended hint. The graders run in-process through
 * JUnit's EngineTestKit, with the subject chosen by the configuration parameter
 * {@code backprop.subject}.
 */
class GraderChecks {

    static final String GRADING = "backproplab.grading.";

    static Class<?> grader(int exercise) {
        try {
            return Class.forName(GRADING + "Exercise" + exercise + "Checks");
        } catch (ClassNotFoundException e) {
            throw new AssertionError("no grader for exercise " + exercise, e);
        }
    }

    /** The outcome of each check of exercise {@code exercise}'s grader, run on {@code subject}. */
    static List<Scoring.Check> grade(int exercise, String subject, boolean strict) {
        Class<?> grader = grader(exercise);
        List<Event> events = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(grader))
                .configurationParameter("backprop.subject", subject)
                .configurationParameter("grade.strict", Boolean.toString(strict))
                .execute().testEvents().list();
        List<Scoring.Check> checks = new ArrayList<>();
        for (Event event : events) {
            if (!(event.getTestDescriptor().getSource().orElse(null) instanceof org.junit.platform.engine.support.descriptor.MethodSource source)) {
                continue;
            }
            Method method = source.getJavaMethod();
            if (event.getType() == EventType.SKIPPED) {
                checks.add(Scoring.check(grader, method, Scoring.Status.NOT_ATTEMPTED, ""));
            } else if (event.getType() == EventType.FINISHED) {
                TestExecutionResult result = event.getPayload(TestExecutionResult.class).orElseThrow();
                Scoring.Status status = switch (result.getStatus()) {
                    case SUCCESSFUL -> Scoring.Status.PASSED;
                    case ABORTED -> Scoring.Status.NOT_ATTEMPTED;
                    case FAILED -> Scoring.Status.FAILED;
                };
                checks.add(Scoring.check(grader, method, status, result.getThrowable().map(Throwable::getMessage).orElse("")));
            }
        }
        return checks;
    }

    static Scoring.Exercise score(int exercise, String subject) {
        return Scoring.exercises(grade(exercise, subject, false), Map.of(exercise, Scoring.maximum(grader(exercise)))).get(0);
    }

    @Nested
    class Scores {

        // reference solution of exercise n ⇒ every check passes: full marks
        @ParameterizedTest(name = "exercise {0}")
        @MethodSource("backproplab.grading.meta.GraderChecks#exercises")
        void a_reference_solution_scores_full_marks(int exercise) {
            Scoring.Exercise score = score(exercise, "reference");
            assertThat(score.checks()).as("checks of exercise %d", exercise).isNotEmpty()
                    .allSatisfy(check -> assertThat(check.status()).as(check.check() + ": " + check.message())
                            .isEqualTo(Scoring.Status.PASSED));
            assertThat(score.points()).isEqualTo(score.max());
            assertThat(score.status()).isEqualTo(Scoring.Status.PASSED);
        }

        // untouched stub ⇒ 0 points, not attempted, and no check fails (the build stays green)
        @ParameterizedTest(name = "exercise {0}")
        @MethodSource("backproplab.grading.meta.GraderChecks#exercises")
        void an_untouched_stub_scores_zero_without_failing(int exercise) {
            Scoring.Exercise score = score(exercise, "student");
            assertThat(score.checks()).isNotEmpty()
                    .allSatisfy(check -> assertThat(check.status()).isEqualTo(Scoring.Status.NOT_ATTEMPTED));
            assertThat(score.points()).isZero();
            assertThat(score.status()).isEqualTo(Scoring.Status.NOT_ATTEMPTED);
        }

        // -Dgrade.strict=true ⇒ an untouched stub fails, for per-exercise autograding
        @Test
        void in_strict_mode_an_untouched_stub_fails() {
            assertThat(grade(3, "student", true)).isNotEmpty()
                    .allSatisfy(check -> assertThat(check.status()).isEqualTo(Scoring.Status.FAILED));
        }

        // exercise 7 trains with the student's engine (exercises 2 + 3) once it keeps the rules and works, the project's before
        @Test
        void exercise_seven_trains_with_the_students_engine_only_once_it_works() {
            assertThat(StudentEngine.ready(new Reference2TopologicalSort(), new Reference3Backpropagation())).isTrue();
            assertThat(StudentEngine.ready(new Exercise2TopologicalSort(), new Exercise3Backpropagation())).as("the stubs").isFalse();
            assertThat(StudentEngine.ready(new Reference2TopologicalSort(), new Ex3MissingChainFactor())).as("a wrong gradient").isFalse();
            assertThat(StudentEngine.ready(new Reference2TopologicalSort(), new Ex3DelegatesToTheEngine())).as("a broken rule").isFalse();
        }

        // the maxima add up to 100
        @Test
        void the_exercises_are_worth_one_hundred_points() {
            assertThat(exercises().mapToInt(n -> Scoring.maximum(grader(n))).sum()).isEqualTo(100);
        }
    }

    static Stream<Integer> exercises() {
        return Stream.of(1, 2, 3, 4, 5, 6, 7);
    }

    /**
     * The mutant students: each makes one plausible mistake in one exercise, and must lose points
     * there, with the hint written for that mistake among its failures.
     */
    static Stream<Arguments> mutants() {
        return Stream.of(
                Arguments.of("Ex1CosineSignFlipped", 1, "ex1.trig"),
                Arguments.of("Ex1QuotientWithoutX", 1, "ex1.quotient"),
                Arguments.of("Ex1LogOverSquare", 1, "ex1.expLogTanh"),
                Arguments.of("Ex2RecursiveSearch", 2, "ex2.deep"),
                Arguments.of("Ex2NoVisitedSet", 2, "ex2.shared"),
                Arguments.of("Ex2OutputFirst", 2, "ex2.order"),
                Arguments.of("Ex3OverwriteAtFanOut", 3, "ex3.fanOut"),
                Arguments.of("Ex3MissingChainFactor", 3, "ex3.chain"),
                Arguments.of("Ex3PrintsFullMarks", 3, "ex3.notebook"),
                Arguments.of("Ex4ZeroingDoesNotReset", 4, "ex4.zero"),
                Arguments.of("Ex4ReplacesInsteadOfAdding", 4, "ex4.accumulate"),
                Arguments.of("Ex5ForwardDifference", 5, "ex5.central"),
                Arguments.of("Ex5AbsoluteToleranceOnly", 5, "ex5.rtol"),
                Arguments.of("Ex6AssertsNothing", 6, "ex6.vacuous"),
                Arguments.of("Ex6RecognisesTheBrokenEngines", 6, "ex6.vacuous"),
                Arguments.of("Ex7SignFlipped", 7, "ex7.descent"));
    }

    @Nested
    class Mutant_students {

        // mutant m of exercise n ⇒ fewer points than the maximum, and a failing check with m's intended hint
        @ParameterizedTest(name = "{0}")
        @MethodSource("backproplab.grading.meta.GraderChecks#mutants")
        void each_mutant_loses_points_on_its_exercise_with_the_intended_hint(String mutant, int exercise, String hint) {
            Scoring.Exercise score = score(exercise, "mutant:" + mutant);
            assertThat(score.checks()).as("%s must be judged on what it computes, not stopped by a rule", mutant)
                    .noneMatch(check -> check.message().contains("uses something it may not"));
            assertThat(score.points()).as("%s's score", mutant).isLessThan(score.max());
            assertThat(score.status()).isEqualTo(Scoring.Status.FAILED);
            assertThat(score.checks()).filteredOn(check -> check.status() == Scoring.Status.FAILED)
                    .extracting(Scoring.Check::hint).as("hints of %s's failing checks", mutant).contains(hint);
        }
    }

    /** Students who try to get around the grader: each breaks a rule, and scores 0 with the rule named. */
    static Stream<Arguments> cheats() {
        return Stream.of(
                Arguments.of("Ex6CountsItsCalls", "exercise code may not keep state in static fields", "calls",
                        "Ex6CountsItsCalls"),
                Arguments.of("Ex3DelegatesToTheEngine", "this exercise asks you to write what backproplab.reverse. already does",
                        "ReverseMode.gradients", "Ex3DelegatesToTheEngine"),
                Arguments.of("Ex3AbortsItsChecks", "exercise code may not use JUnit, opentest4j or the grader",
                        "TestAbortedException", "Ex3AbortsItsChecks"),
                Arguments.of("Ex3WritesTheReport", "exercise code may not read or write files or use the network",
                        "Files.writeString", "Ex3WritesTheReport"),
                Arguments.of("Ex3HidesWorkInAHelper", "exercise code may not read or write files or use the network",
                        "Files.writeString", "Ex3FileHelper"),
                Arguments.of("Ex3ExitsTheJvm", "exercise code may not exit, change system properties or redirect the console",
                        "System.exit", "Ex3ExitsTheJvm"));
    }

    @Nested
    class Cheating {

        // a rule broken ⇒ 0 points for the exercise, every check failing with the rule and the line, no student code run
        @ParameterizedTest(name = "{0}")
        @MethodSource("backproplab.grading.meta.GraderChecks#cheats")
        void a_forbidden_dependency_scores_zero_and_names_the_rule_and_the_line(String cheat, String rule, String what,
                String file) {
            Scoring.Exercise score = score(Integer.parseInt(cheat.substring(2, 3)), "mutant:" + cheat);
            assertThat(score.points()).isZero();
            assertThat(score.checks()).isNotEmpty().allSatisfy(check -> assertThat(check.message())
                    .contains(rule).contains(what).containsPattern("\\(" + file + "\\.java:\\d+\\)"));
        }

        // printing a perfect score changes nothing: the report reads only JUnit's outcomes
        @Test
        void printing_a_score_does_not_change_it() {
            Scoring.Exercise score = score(3, "mutant:Ex3PrintsFullMarks");
            assertThat(score.points()).isZero();
        }
    }

    @Nested
    class Report {

        // a run with a failure and a time-out still writes report.md and Gradescope's results.json
        @Test
        void the_report_is_written_when_checks_fail_and_time_out(@TempDir Path folder) throws IOException {
            LauncherConfig alone = LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false).build();
            LauncherFactory.create(alone).execute(LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectClass(grader(2)))
                    .configurationParameter("backprop.subject", "mutant:Ex2NoVisitedSet")
                    .build(), new GradeReport(folder));
            JsonObject results = JsonParser.parseString(Files.readString(folder.resolve("results.json"))).getAsJsonObject();
            assertThat(results.get("score").getAsInt()).isEqualTo(10);
            assertThat(results.get("max_score").getAsInt()).isEqualTo(Scoring.maximum(grader(2)));
            assertThat(results.get("visibility").getAsString()).isEqualTo("visible");
            assertThat(results.getAsJsonArray("tests")).hasSize(3).allSatisfy(test -> {
                JsonObject row = test.getAsJsonObject();
                assertThat(row.keySet()).contains("name", "score", "max_score", "status", "output", "visibility");
            });
            JsonObject shared = results.getAsJsonArray("tests").get(2).getAsJsonObject();
            assertThat(shared.get("status").getAsString()).isEqualTo("failed");
            assertThat(shared.get("max_score").getAsInt()).isEqualTo(5);
            assertThat(shared.get("output").getAsString()).contains("3.0").contains("visited once");
            assertThat(Files.readString(folder.resolve("report.md"))).contains("| 2 |").contains("10 / 15");
        }
    }
}
