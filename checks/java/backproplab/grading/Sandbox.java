package backproplab.grading;

import backproplab.course.NotImplementedYet;

/**
 * The time limit of a graded check. The student's code runs in its exercise's own JVM
 * ({@link GradedExercise}); a check that has not finished within its limit has that JVM killed, and
 * fails with a message that says so, while the next check gets a new JVM.
 */
final class Sandbox {

    private Sandbox() {
    }

    /** Runs {@code check} within the default limit, {@value GradedExercise#LIMIT_MILLIS} ms. */
    static void run(Runnable check) {
        run(GradedExercise.LIMIT_MILLIS, check);
    }

    /** Runs {@code check} within {@code limitMillis}. */
    static void run(long limitMillis, Runnable check) {
        GradedExercise.current().within(limitMillis, () -> {
            check.run();
            return null;
        });
    }

    /** The stub exception in {@code t}'s causes, or null. */
    static NotImplementedYet stubIn(Throwable t) {
        for (Throwable cause = t; cause != null; cause = cause.getCause()) {
            if (cause instanceof NotImplementedYet stub) {
                return stub;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }
}
