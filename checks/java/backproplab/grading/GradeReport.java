package backproplab.grading;

import backproplab.i18n.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Collects the outcome of every graded check of a run and, when the run ends (whatever failed,
 * timed out or did not compile), writes the grade: a table on the console, in the student's
 * language, {@code target/grade/report.md}, Gradescope's {@code results.json}
 * ({@code target/grade/results.json}, or where {@code -Dbackprop.results} says), and
 * {@code target/grade/checks.txt}, one line per check ({@code ex3.fan_out_sums passed}), which
 * GitHub Classroom's workflow reads. Registered through
 * {@code META-INF/services}. It runs in the grader's JVM, where no student code ever runs, and reads
 * only the outcomes JUnit reports.
 */
public final class GradeReport implements TestExecutionListener {

    static final Path FOLDER = Path.of("target", "grade");
    /** The system property that moves results.json, for Gradescope's {@code /autograder/results/results.json}. */
    static final String RESULTS = "backprop.results";
    /** The report entry with an exercise's seed, published by {@link GradingExtension}. */
    static final String SEED = "backprop.seed";
    /** A report entry with a note on an exercise (which engine it trained with). */
    static final String NOTE = "backprop.note";
    /** How many lines of a failure the report shows: enough for the formula, the values and the replay. */
    static final int MESSAGE_LINES = 12;

    private final List<Scoring.Check> checks = new ArrayList<>();
    private final Map<Integer, Integer> maxima = new TreeMap<>();
    private final Map<Integer, Long> seeds = new TreeMap<>();
    private final Map<Integer, Set<String>> notes = new TreeMap<>();
    private final Path folder;
    private final Path results;
    private final long started = System.nanoTime();

    /** The report of a {@code mvn test} run, written to {@code target/grade}. */
    public GradeReport() {
        this(FOLDER, System.getProperty(RESULTS) == null ? FOLDER.resolve("results.json") : Path.of(System.getProperty(RESULTS)));
    }

    /** A report written to {@code folder}, for the meta-checks. */
    public GradeReport(Path folder) {
        this(folder, folder.resolve("results.json"));
    }

    /** A report written to {@code folder}, with results.json at {@code results}, for an autograder. */
    public GradeReport(Path folder, Path results) {
        this.folder = folder;
        this.results = results;
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        record(test, (type, method) -> Scoring.check(type, method, Scoring.Status.NOT_ATTEMPTED, reason));
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        record(test, (type, method) -> Scoring.check(type, method, result));
    }

    @Override
    public void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
        Graded graded = graded(test.getSource().orElse(null));
        if (graded == null) {
            return;
        }
        synchronized (checks) {
            entry.getKeyValuePairs().forEach((key, value) -> {
                if (key.equals(SEED)) {
                    seeds.put(graded.exercise(), Long.parseLong(value));
                } else if (key.equals(NOTE)) {
                    notes.computeIfAbsent(graded.exercise(), k -> new LinkedHashSet<>()).add(value);
                }
            });
        }
    }

    private static Graded graded(TestSource source) {
        if (source instanceof MethodSource method) {
            return method.getJavaClass().getAnnotation(Graded.class);
        }
        if (source instanceof ClassSource type) {
            return type.getJavaClass().getAnnotation(Graded.class);
        }
        return null;
    }

    private void record(TestIdentifier test, java.util.function.BiFunction<Class<?>, Method, Scoring.Check> outcome) {
        if (!(test.getSource().orElse(null) instanceof MethodSource source)) {
            return;
        }
        Class<?> type = source.getJavaClass();
        Method method = source.getJavaMethod();
        if (type.getAnnotation(Graded.class) == null || method.getAnnotation(Points.class) == null) {
            return;
        }
        synchronized (checks) {
            checks.add(outcome.apply(type, method));
            maxima.put(type.getAnnotation(Graded.class).exercise(), Scoring.maximum(type));
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if (checks.isEmpty()) {
            return;
        }
        List<Scoring.Exercise> exercises = Scoring.exercises(checks, maxima);
        Language language = Language.current();
        System.out.println(table(exercises, language, folder.resolve("report.md")));
        Grade grade = new Grade(exercises, Map.copyOf(seeds), notes.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> List.copyOf(e.getValue()))), language,
                (System.nanoTime() - started) / 1e9);
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("report.md"), grade.markdown(), StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("checks.txt"), grade.outcomes(), StandardCharsets.UTF_8);
            if (results.getParent() != null) {
                Files.createDirectories(results.getParent());
            }
            Files.writeString(results, grade.gradescope(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The console table, then the first failure and hint of each exercise that has one. */
    static String table(List<Scoring.Exercise> exercises, Language language, Path report) {
        StringBuilder text = new StringBuilder(System.lineSeparator());
        text.append(Feedback.text(language, "table.title")).append(System.lineSeparator());
        int points = 0;
        int max = 0;
        for (Scoring.Exercise exercise : exercises) {
            text.append(String.format("  %2d  %-42s %3d / %-3d  %s%n", exercise.exercise(), Grade.title(exercise.exercise(), language),
                    exercise.points(), exercise.max(), Grade.status(exercise.status(), language)));
            points += exercise.points();
            max += exercise.max();
        }
        text.append(String.format("      %-42s %3d / %-3d%n", Feedback.text(language, "table.total"), points, max));
        for (Scoring.Exercise exercise : exercises) {
            Scoring.Check failure = exercise.firstFailure();
            if (failure != null) {
                text.append(System.lineSeparator())
                        .append(Feedback.text(language, "table.failure", exercise.exercise(), Grade.title(failure, language),
                                failure.check()))
                        .append(System.lineSeparator()).append("      ").append(Grade.excerpt(failure.message(), "      "))
                        .append(System.lineSeparator()).append("    ").append(Feedback.text(language, "table.hint"))
                        .append(' ').append(Feedback.text(language, failure.hint())).append(System.lineSeparator());
            }
        }
        text.append(System.lineSeparator()).append(Feedback.text(language, "table.files", report));
        return text.toString();
    }
}
