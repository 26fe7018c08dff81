package backproplab.spec;

import backproplab.course.NotImplementedYet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.quicktheories.QuickTheory;
import org.quicktheories.api.AsString;
import org.quicktheories.core.Gen;
import org.quicktheories.core.Reporter;
import org.quicktheories.core.Strategy;

/**
 * How every property runs: QuickTheories with fixed seeds, so the same code gives the same result
 * in every run (CI, grading), and a report a person can act on when a law breaks.
 *
 * <ul>
 *   <li>{@code -Dbackprop.seed=N} runs with seed N; {@code -Dbackprop.seed=random} with a fresh
 *       seed, printed so that a failure can be replayed.</li>
 *   <li>{@code -Dbackprop.seeds=K} runs every property under K seeds, N, N+1, …, N+K−1 (the Maven
 *       profile {@code seeds} runs 20).</li>
 * </ul>
 *
 * <p>A failure prints the law, the smallest graph found (shrunk, as a formula with its point), the
 * check's own account (each oracle's value and the tolerance) and the command that replays it.
 */
public final class Spec {

    /** Attempts to shrink a counterexample; enough to reach a handful of nodes. */
    static final int SHRINK_CYCLES = 2_000;

    /** The seed of CI, and of every property that is not grading a submission. */
    public static final long DEFAULT_SEED = 20261126L;

    /** The seed of the submission being graded on this thread, if any (see {@link #gradingWith}). */
    private static final ThreadLocal<Long> SUBMISSION_SEED = new ThreadLocal<>();

    private static volatile boolean announced;

    private Spec() {
    }

    /**
     * Runs {@code check} with {@code seed} as the seed of its properties unless
     * {@code -Dbackprop.seed} names one: the grader draws each submission's graphs from a seed made
     * from its own code, so the same code gets the same graphs, and no code can know them in
     * advance.
     */
    public static void gradingWith(long seed, Runnable check) {
        SUBMISSION_SEED.set(seed);
        try {
            check.run();
        } finally {
            SUBMISSION_SEED.remove();
        }
    }

    /** The seeds of this run. */
    public static List<Long> seeds() {
        String chosen = System.getProperty("backprop.seed", "").trim();
        long first;
        if (chosen.isEmpty()) {
            Long submission = SUBMISSION_SEED.get();
            first = submission == null ? DEFAULT_SEED : submission;
        } else if (chosen.equals("random")) {
            first = System.nanoTime() ^ Double.doubleToLongBits(Math.random());
            System.out.println("backprop.seed=" + first + " (random; replay with -Dbackprop.seed=" + first + ")");
        } else {
            first = Long.parseLong(chosen);
        }
        int count = Integer.getInteger("backprop.seeds", 1);
        List<Long> seeds = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            seeds.add(first + k);
        }
        if (count > 1 && !announced) {
            announced = true;
            System.out.println("every property runs under " + count + " seeds, " + first + " to " + (first + count - 1));
        }
        return seeds;
    }

    /**
     * Checks {@code law} on {@code examples} values of {@code gen}, under every seed of this run. An
     * exercise stub ({@link NotImplementedYet}) is not a counterexample: it stops the search and is
     * rethrown as it is, so that the grader reports the exercise as not attempted.
     */
    public static <T> void forAll(Gen<T> gen, int examples, Consumer<T> law) {
        String replay = replayCommand();
        AtomicReference<NotImplementedYet> stub = new AtomicReference<>();
        Consumer<T> unlessStub = value -> {
            if (stub.get() != null) {
                return;
            }
            try {
                law.accept(value);
            } catch (NotImplementedYet e) {
                stub.set(e);
            }
        };
        for (long seed : seeds()) {
            Strategy strategy = new Strategy(Strategy.defaultPRNG(seed), examples, 0, SHRINK_CYCLES, 100,
                    new Report(replay), prng -> new org.quicktheories.core.NoGuidance());
            QuickTheory.qt(() -> strategy).forAll(gen).checkAssert(unlessStub);
            if (stub.get() != null) {
                throw stub.get();
            }
        }
    }

    /**
     * The Maven command that runs the calling test alone, with the seed left to fill in. The caller
     * is the first frame of a class named {@code *Checks}; a check that runs its law on another
     * thread (the grader's sandbox) calls from a lambda, {@code lambda$method$n}, named after it.
     */
    private static String replayCommand() {
        StackWalker.StackFrame caller = StackWalker.getInstance()
                .walk(frames -> frames.filter(f -> f.getClassName().replaceAll("\\$.*", "").endsWith("Checks")).findFirst())
                .orElse(null);
        if (caller == null) {
            return "mvn test -Dbackprop.seed=";
        }
        String className = caller.getClassName();
        String simple = className.substring(className.lastIndexOf('.') + 1);
        String method = caller.getMethodName().startsWith("lambda$")
                ? caller.getMethodName().split("\\$")[1] : caller.getMethodName();
        return "mvn test -Dtest='" + simple + "#" + method + "' -Dbackprop.seed=";
    }

    /** Turns a falsified property into one readable assertion failure. */
    private static final class Report implements Reporter {

        private final String replay;

        Report(String replay) {
            this.replay = replay;
        }

        @Override
        public void falisification(long seed, int count, Object smallest, Throwable cause, List<Object> examples,
                AsString<Object> toString) {
            throw new AssertionError(Laws.WORDS.get("report.broken", count) + System.lineSeparator() + "  "
                    + toString.asString(smallest) + System.lineSeparator() + cause.getMessage() + System.lineSeparator()
                    + Laws.WORDS.get("report.replay", seed, replay + seed), cause);
        }

        @Override
        public void falisification(long seed, int count, Object smallest, List<Object> examples,
                AsString<Object> toString) {
            throw new AssertionError(Laws.WORDS.get("report.broken", count) + System.lineSeparator() + "  "
                    + toString.asString(smallest) + System.lineSeparator() + Laws.WORDS.get("report.replay", seed, replay + seed));
        }

        @Override
        public void valuesExhausted(int completed) {
            throw new AssertionError(Laws.WORDS.get("report.exhausted", completed));
        }
    }
}
