package backproplab.grading;

import backproplab.course.Exercise;
import backproplab.isolation.Compilation;
import backproplab.isolation.StudentJvm;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One exercise of one submission, as its checks see it: compiled on its own, judged by the rules,
 * seeded by its own code, and run in a JVM of its own ({@link StudentJvm}) that is started when a
 * check first needs it, restarted after a check kills it, and ended with the exercise's checks. The
 * later exercises' JVM may also load exercises 1–3, whose code makes the student's own engine.
 */
final class GradedExercise implements ExtensionContext.Store.CloseableResource, AutoCloseable {

    /** The exercise whose check runs on this thread, for {@link Sandbox}. */
    private static final ThreadLocal<GradedExercise> CURRENT = new ThreadLocal<>();

    /**
     * How long one check may take, unless it says otherwise: the slowest reference check takes under
     * 3 s; the rest is room for a busy machine (an autograder grading several submissions at once).
     */
    static final long LIMIT_MILLIS = 30_000;

    /** How long a check that trains a network may take: the reference trains in under 6 s. */
    static final long TRAINING_MILLIS = 90_000;

    final Exercise exercise;
    final Path root;
    final Compilation compilation;
    final List<String> violations;
    final long seed;
    private final Map<Exercise, Path> loadable = new EnumMap<>(Exercise.class);
    private final Map<String, Object> memo = new java.util.HashMap<>();
    private StudentJvm jvm;

    /**
     * Exercise {@code exercise} of the submission in {@code root}; its properties run under
     * {@code seed} if given (a replay, {@code -Dbackprop.seed=N}), else under the seed of its code.
     */
    GradedExercise(Exercise exercise, Path root, Long seed) {
        this.exercise = exercise;
        this.root = root;
        this.compilation = Submission.compiled(root, exercise);
        this.violations = compilation.compiled() ? ExerciseRules.violations(exercise, compilation.classes(), compilation.sources()) : List.of();
        this.seed = seed != null ? seed : compilation.sources().isEmpty() ? 0 : Submission.seed(compilation, root);
        if (compilation.compiled() && violations.isEmpty()) {
            loadable.put(exercise, compilation.classes());
        }
        if (exercise.trainsWithTheStudentsEngine()) {
            for (Exercise part : List.of(Exercise.LOCAL_DERIVATIVES, Exercise.TOPOLOGICAL_SORT, Exercise.BACKPROPAGATION)) {
                Compilation other = Submission.compiled(root, part);
                if (other.compiled() && ExerciseRules.violations(part, other.classes(), other.sources()).isEmpty()) {
                    loadable.put(part, other.classes());
                }
            }
        }
    }

    static GradedExercise current() {
        GradedExercise current = CURRENT.get();
        if (current == null) {
            throw new IllegalStateException("no graded check runs on this thread");
        }
        return current;
    }

    /** Makes this exercise the one {@link #current()} returns while {@code check} runs. */
    void during(Runnable check) {
        CURRENT.set(this);
        try {
            check.run();
        } finally {
            CURRENT.remove();
        }
    }

    /**
     * Whether the JVM may load exercise {@code part} of the same submission: the exercise itself if
     * it compiles and keeps the rules, and for an exercise that trains with the student's engine,
     * each of exercises 1–3 that does.
     */
    boolean loads(Exercise part) {
        return loadable.containsKey(part);
    }

    /** The JVM that runs this exercise's code, started if there is none or the last one was killed. */
    StudentJvm jvm() {
        if (jvm == null || !jvm.alive()) {
            close();
            jvm = StudentJvm.start(Submission.kit(), loadable, Map.of(
                    backproplab.i18n.Language.PROPERTY, backproplab.i18n.Language.current().code(),
                    "backprop.seed", Long.toString(seed)));
        }
        return jvm;
    }

    /** A new session in the JVM and a new instance of the student's class, within the time limit. */
    Object fresh() {
        return within(LIMIT_MILLIS, () -> {
            jvm().newSession();
            return jvm().bootstrap().create(exercise.number());
        });
    }

    /**
     * What {@code work} computes, once for all the checks of this exercise: several checks judge one
     * training, which runs once. Only an answer is kept; a failure is met again by every check.
     */
    @SuppressWarnings("unchecked")
    <T> T once(String key, Supplier<T> work) {
        Object known = memo.get(key);
        if (known == null) {
            known = work.get();
            memo.put(key, known);
        }
        return (T) known;
    }

    /** Runs {@code work}, which calls the student's code, killing the JVM after {@code millis}. */
    <T> T within(long millis, Supplier<T> work) {
        return jvm().within(millis, work);
    }

    @Override
    public void close() {
        if (jvm != null) {
            jvm.close();
            jvm = null;
        }
    }
}
