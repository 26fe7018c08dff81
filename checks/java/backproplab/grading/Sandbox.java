package backproplab.grading;

import backproplab.course.NotImplementedYet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs a graded check, which calls student code, so that nothing the student does can stop the run:
 * on its own thread with the JVM's default stack (so a recursion too deep for a plain thread shows
 * up the same on every machine), with a time limit, and with every way of failing turned into an
 * assertion the report can show. A check that runs out of time is abandoned on its daemon thread.
 */
final class Sandbox {

    /** How long one graded check may take; the slowest reference check takes under 2 s. */
    static final long LIMIT_MILLIS = 20_000;

    private Sandbox() {
    }

    static void run(Runnable check) {
        run(LIMIT_MILLIS, check);
    }

    /** Runs {@code check} with a time limit of its own. */
    static void run(long limitMillis, Runnable check) {
        call(limitMillis, () -> {
            check.run();
            return null;
        });
    }

    /** Runs {@code work} as {@link #run} does, and returns its result. */
    static <T> T call(Supplier<T> work) {
        return call(LIMIT_MILLIS, work);
    }

    /** Runs {@code work} as {@link #run} does, within {@code limitMillis}, and returns its result. */
    static <T> T call(long limitMillis, Supplier<T> work) {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicReference<T> result = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.set(work.get());
            } catch (Throwable t) {
                thrown.set(t);
            }
        }, "graded-check", 0);
        thread.setDaemon(true);
        thread.start();
        try {
            thread.join(limitMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(Feedback.text("sandbox.interrupted"), e);
        }
        if (thread.isAlive()) {
            stop(thread);
            throw new AssertionError(Feedback.text("sandbox.timeout", limitMillis / 1000.0));
        }
        Throwable t = thrown.get();
        if (t == null) {
            return result.get();
        }
        NotImplementedYet stub = stubIn(t);
        if (stub != null) {
            throw stub;
        }
        if (t instanceof StackOverflowError) {
            throw new AssertionError(Feedback.text("sandbox.stackOverflow"), t);
        }
        if (t instanceof OutOfMemoryError) {
            throw new AssertionError(Feedback.text("sandbox.outOfMemory"), t);
        }
        if (t instanceof AssertionError assertion) {
            throw assertion;
        }
        throw new AssertionError(Feedback.text("sandbox.threw", t), t);
    }

    /**
     * Stops a check that ran out of time, so that it does not take a core from the checks after
     * it. {@code Thread.stop} is the only way to stop code that never looks at interruption; Java
     * 17 still honours it. Where a later JVM refuses, the thread is left to run as a daemon.
     */
    @SuppressWarnings({"deprecation", "removal"})
    private static void stop(Thread thread) {
        thread.interrupt();
        try {
            thread.stop();
        } catch (UnsupportedOperationException refused) {
            // the daemon thread runs on until the JVM exits
        }
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
