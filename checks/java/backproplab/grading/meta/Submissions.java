package backproplab.grading.meta;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import backproplab.course.Exercise;
import backproplab.grading.Graders;
import backproplab.grading.Scoring;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;

/**
 * Students' submissions for the meta-checks, and their grading through the real path: a folder laid
 * out like {@code exercises/java} is handed to the graders ({@code backprop.submission}), which
 * compile each exercise alone, judge it by the rules, and run it in its own JVM.
 */
final class Submissions {

    static final Path STUDENTS = Path.of("checks", "students");
    static final Path REFERENCE = STUDENTS.resolve("reference");
    static final Path CHEATS = STUDENTS.resolve("cheats");
    static final Path STUBS = Path.of("exercises", "java");
    /** Where the meta-checks write the submissions they make. */
    static final Path MADE = Path.of("target", "meta", "submissions");

    private Submissions() {
    }

    /** The outcome of each check of {@code exercise}'s grader, run on {@code submission}. */
    static List<Scoring.Check> grade(Path submission, Exercise exercise, boolean strict) {
        return grade(submission, exercise, strict, selectClass(Graders.of(exercise.number())), null);
    }

    /** The outcome of the check {@code check} of {@code exercise}'s grader, run on {@code submission}. */
    static Scoring.Check grade(Path submission, Exercise exercise, String check) {
        return grade(submission, exercise, check, null);
    }

    /** The same, with the properties run under {@code seed} instead of the seed of the submission's code. */
    static Scoring.Check grade(Path submission, Exercise exercise, String check, Long seed) {
        Class<?> grader = Graders.of(exercise.number());
        java.lang.reflect.Method method = java.util.Arrays.stream(grader.getDeclaredMethods())
                .filter(m -> m.getName().equals(check)).findFirst()
                .orElseThrow(() -> new AssertionError(grader.getSimpleName() + " has no check " + check));
        List<Scoring.Check> checks = grade(submission, exercise, false, selectMethod(grader, method), seed);
        if (checks.size() != 1) {
            throw new AssertionError("expected one outcome of " + check + ", got " + checks);
        }
        return checks.get(0);
    }

    private static List<Scoring.Check> grade(Path submission, Exercise exercise, boolean strict, DiscoverySelector selector,
            Long seed) {
        Class<?> grader = Graders.of(exercise.number());
        EngineTestKit.Builder run = EngineTestKit.engine("junit-jupiter")
                .selectors(selector)
                .configurationParameter("backprop.submission", submission.toString())
                .configurationParameter("grade.strict", Boolean.toString(strict))
                .configurationParameter("backprop.pictures", "false");
        if (seed != null) {
            run.configurationParameter("backprop.seed", Long.toString(seed));
        }
        List<Event> events = run.execute().testEvents().list();
        List<Scoring.Check> checks = new ArrayList<>();
        for (Event event : events) {
            if (!(event.getTestDescriptor().getSource().orElse(null) instanceof MethodSource source)) {
                continue;
            }
            if (event.getType() == EventType.SKIPPED) {
                checks.add(Scoring.check(grader, source.getJavaMethod(), Scoring.Status.NOT_ATTEMPTED, ""));
            } else if (event.getType() == EventType.FINISHED) {
                checks.add(Scoring.check(grader, source.getJavaMethod(), event.getPayload(TestExecutionResult.class).orElseThrow()));
            }
        }
        return checks;
    }

    /** The score of {@code exercise} in {@code submission}. */
    static Scoring.Exercise score(Path submission, Exercise exercise) {
        List<Scoring.Check> checks = grade(submission, exercise, false);
        return Scoring.exercises(checks, Map.of(exercise.number(), Scoring.maximum(Graders.of(exercise.number())))).get(0);
    }

    /** A submission of the reference's exercise {@code exercise} alone, with the mutant's mistake made in it. */
    static Path mutant(Mutants.Mutant mutant) {
        Path root = MADE.resolve("mutant-" + mutant.name());
        delete(root);
        copy(REFERENCE.resolve(mutant.exercise().packageName()), root.resolve(mutant.exercise().packageName()), text -> Mutants.apply(mutant, text));
        return root;
    }

    /** A submission made of the given exercises of the reference, and of {@code overlay}'s files over them. */
    static Path made(String name, List<Exercise> fromReference, Path overlay) {
        Path root = MADE.resolve(name);
        delete(root);
        for (Exercise exercise : fromReference) {
            copy(REFERENCE.resolve(exercise.packageName()), root.resolve(exercise.packageName()), text -> text);
        }
        if (overlay != null) {
            copy(overlay, root, text -> text);
        }
        return root;
    }

    /** Copies the files under {@code from} to {@code to}, each file's text through {@code edit}. */
    static void copy(Path from, Path to, java.util.function.UnaryOperator<String> edit) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = to.resolve(from.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.writeString(copy, edit.apply(Files.readString(file, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
