package backproplab.grading;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.platform.engine.TestExecutionResult;

/**
 * From the outcome of each graded check to a score per exercise: a check that passes earns its
 * {@link Points}; one that fails, does not compile or is not attempted earns none. An exercise is
 * "not attempted" when none of its checks was attempted, "does not compile" when its code does not,
 * "passed" when all its checks passed, "failed" when one failed, and "incomplete" when some passed
 * and the others were not attempted. The same function scores a real run ({@link GradeReport}) and
 * the meta-checks' runs.
 */
public final class Scoring {

    /** Of a check, and of an exercise. */
    public enum Status { PASSED, FAILED, DOES_NOT_COMPILE, INCOMPLETE, NOT_ATTEMPTED }

    /**
     * The outcome of one graded check.
     *
     * @param exercise the exercise it grades
     * @param check the check's method name
     * @param points the points earned
     * @param max the points it is worth
     * @param status passed, failed, does not compile, or not attempted
     * @param message what the failure said (empty otherwise)
     * @param hint the key of the check's hint
     */
    public record Check(int exercise, String check, int points, int max, Status status, String message, String hint) {
    }

    /**
     * The score of one exercise.
     *
     * @param exercise its number
     * @param points the points earned
     * @param max the points it is worth
     * @param status its status
     * @param checks its checks, in the order they ran
     */
    public record Exercise(int exercise, int points, int max, Status status, List<Check> checks) {

        /** The first check that failed, or null. */
        public Check firstFailure() {
            return checks.stream().filter(c -> c.status() == Status.FAILED || c.status() == Status.DOES_NOT_COMPILE)
                    .findFirst().orElse(null);
        }
    }

    private Scoring() {
    }

    /** A check's status from JUnit's outcome. */
    public static Status status(TestExecutionResult result) {
        return switch (result.getStatus()) {
            case SUCCESSFUL -> Status.PASSED;
            case ABORTED -> Status.NOT_ATTEMPTED;
            case FAILED -> result.getThrowable().orElse(null) instanceof DoesNotCompile ? Status.DOES_NOT_COMPILE : Status.FAILED;
        };
    }

    /** The outcome of one check of {@code graded}'s class, from JUnit's result. */
    public static Check check(Class<?> gradedClass, Method method, TestExecutionResult result) {
        Throwable thrown = result.getThrowable().orElse(null);
        Check check = check(gradedClass, method, status(result), thrown == null ? "" : String.valueOf(thrown.getMessage()));
        String hint = thrown instanceof DoesNotCompile ? "doesNotCompile.hint" : check.hint();
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof Hinted hinted) {
                hint = hinted.hint();
                break;
            }
        }
        return new Check(check.exercise(), check.check(), check.points(), check.max(), check.status(), check.message(), hint);
    }

    /** The outcome of one check of {@code graded}'s class. */
    public static Check check(Class<?> gradedClass, Method method, Status status, String message) {
        Graded graded = gradedClass.getAnnotation(Graded.class);
        Points points = method.getAnnotation(Points.class);
        return new Check(graded.exercise(), method.getName(), status == Status.PASSED ? points.value() : 0,
                points.value(), status, message == null ? "" : message, points.hint());
    }

    /** The points a graded class is worth in all. */
    public static int maximum(Class<?> gradedClass) {
        int sum = 0;
        for (Method method : gradedClass.getDeclaredMethods()) {
            Points points = method.getAnnotation(Points.class);
            sum += points == null ? 0 : points.value();
        }
        return sum;
    }

    /** The score of each exercise that has checks among {@code checks}, by number. */
    public static List<Exercise> exercises(List<Check> checks, Map<Integer, Integer> maxima) {
        Map<Integer, List<Check>> byExercise = new TreeMap<>();
        for (Check check : checks) {
            byExercise.computeIfAbsent(check.exercise(), k -> new ArrayList<>()).add(check);
        }
        List<Exercise> exercises = new ArrayList<>();
        byExercise.forEach((number, list) -> {
            int points = list.stream().mapToInt(Check::points).sum();
            exercises.add(new Exercise(number, points, maxima.getOrDefault(number, 0), status(list), List.copyOf(list)));
        });
        return exercises;
    }

    private static Status status(List<Check> checks) {
        if (checks.stream().anyMatch(c -> c.status() == Status.DOES_NOT_COMPILE)) {
            return Status.DOES_NOT_COMPILE;
        }
        if (checks.stream().allMatch(c -> c.status() == Status.NOT_ATTEMPTED)) {
            return Status.NOT_ATTEMPTED;
        }
        if (checks.stream().allMatch(c -> c.status() == Status.PASSED)) {
            return Status.PASSED;
        }
        return checks.stream().anyMatch(c -> c.status() == Status.FAILED) ? Status.FAILED : Status.INCOMPLETE;
    }
}
