package backproplab.grading;

import backproplab.i18n.Language;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Collects the outcome of every graded check of a {@code mvn test} run and, when the run ends
 * (whatever failed or timed out), writes the grade: a table on the console, in the student's
 * language, {@code target/grade/report.md}, and {@code target/grade/results.json} in Gradescope's
 * autograder format. Registered through {@code META-INF/services}; it reads only the outcomes
 * JUnit reports, never anything a student's code prints or writes.
 */
public final class GradeReport implements TestExecutionListener {

    static final Path FOLDER = Path.of("target", "grade");
    /** How many lines of a failure the report shows: enough for the formula, the values and the replay. */
    static final int MESSAGE_LINES = 8;

    private final List<Scoring.Check> checks = new ArrayList<>();
    private final Map<Integer, Integer> maxima = new TreeMap<>();
    private final Path folder;

    /** The report of a {@code mvn test} run, written to {@code target/grade}. */
    public GradeReport() {
        this(FOLDER);
    }

    /** A report written to {@code folder}, for the meta-checks. */
    public GradeReport(Path folder) {
        this.folder = folder;
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        record(test, Scoring.Status.NOT_ATTEMPTED, reason);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        Scoring.Status status = switch (result.getStatus()) {
            case SUCCESSFUL -> Scoring.Status.PASSED;
            case ABORTED -> Scoring.Status.NOT_ATTEMPTED;
            case FAILED -> Scoring.Status.FAILED;
        };
        String message = result.getThrowable().map(t -> String.valueOf(t.getMessage())).orElse("");
        record(test, status, message);
    }

    private void record(TestIdentifier test, Scoring.Status status, String message) {
        if (!(test.getSource().orElse(null) instanceof MethodSource source)) {
            return;
        }
        Class<?> type = source.getJavaClass();
        Method method = source.getJavaMethod();
        if (type.getAnnotation(Graded.class) == null || method.getAnnotation(Points.class) == null) {
            return;
        }
        synchronized (checks) {
            checks.add(Scoring.check(type, method, status, message));
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
        String table = table(exercises, language, folder);
        System.out.println(table);
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("report.md"), markdown(exercises, language), StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("results.json"), gradescope(exercises, language, table), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String status(Scoring.Status status, Language language) {
        return Feedback.text(language, "status." + status.name());
    }

    static String title(int exercise, Language language) {
        return Feedback.text(language, "exercise." + exercise);
    }

    /** The first lines of a failure, indented. */
    static String excerpt(String message) {
        return message.lines().limit(MESSAGE_LINES).collect(Collectors.joining(System.lineSeparator() + "      "));
    }

    /** The console table, then the first failure and hint of each exercise that has one. */
    static String table(List<Scoring.Exercise> exercises, Language language, Path folder) {
        StringBuilder text = new StringBuilder(System.lineSeparator());
        text.append(Feedback.text(language, "table.title")).append(System.lineSeparator());
        int points = 0;
        int max = 0;
        for (Scoring.Exercise exercise : exercises) {
            text.append(String.format("  %d  %-40s %3d / %-3d  %s%n", exercise.exercise(), title(exercise.exercise(), language),
                    exercise.points(), exercise.max(), status(exercise.status(), language)));
            points += exercise.points();
            max += exercise.max();
        }
        text.append(String.format("     %-40s %3d / %-3d%n", Feedback.text(language, "table.total"), points, max));
        for (Scoring.Exercise exercise : exercises) {
            Scoring.Check failure = exercise.firstFailure();
            if (failure != null) {
                text.append(System.lineSeparator())
                        .append(Feedback.text(language, "table.failure", exercise.exercise(), failure.check()))
                        .append(System.lineSeparator()).append("      ").append(excerpt(failure.message()))
                        .append(System.lineSeparator()).append("    ").append(Feedback.text(language, "table.hint"))
                        .append(' ').append(Feedback.text(language, failure.hint())).append(System.lineSeparator());
            }
        }
        text.append(System.lineSeparator()).append(Feedback.text(language, "table.files", folder.resolve("report.md"),
                folder.resolve("results.json")));
        return text.toString();
    }

    static String markdown(List<Scoring.Exercise> exercises, Language language) {
        StringBuilder text = new StringBuilder("# ").append(Feedback.text(language, "table.title")).append("\n\n");
        text.append(Feedback.text(language, "markdown.header")).append('\n').append("|---|---|---|---|\n");
        for (Scoring.Exercise exercise : exercises) {
            text.append("| ").append(exercise.exercise()).append(" | ").append(title(exercise.exercise(), language))
                    .append(" | ").append(exercise.points()).append(" / ").append(exercise.max()).append(" | ")
                    .append(status(exercise.status(), language)).append(" |\n");
        }
        for (Scoring.Exercise exercise : exercises) {
            text.append("\n## ").append(exercise.exercise()).append(". ").append(title(exercise.exercise(), language)).append("\n\n");
            for (Scoring.Check check : exercise.checks()) {
                text.append("- `").append(check.check()).append("`: ").append(check.points()).append(" / ").append(check.max())
                        .append(", ").append(status(check.status(), language)).append('\n');
                if (check.status() == Scoring.Status.FAILED) {
                    text.append("\n  ```\n  ").append(check.message().lines().limit(MESSAGE_LINES).collect(Collectors.joining("\n  ")))
                            .append("\n  ```\n  ").append(Feedback.text(language, "table.hint")).append(' ')
                            .append(Feedback.text(language, check.hint())).append("\n\n");
                }
            }
        }
        return text.toString();
    }

    /** Gradescope's results.json: the total, and one row per check with its own output. */
    static String gradescope(List<Scoring.Exercise> exercises, Language language, String table) {
        JsonObject results = new JsonObject();
        JsonArray tests = new JsonArray();
        int score = 0;
        int max = 0;
        for (Scoring.Exercise exercise : exercises) {
            score += exercise.points();
            max += exercise.max();
            for (Scoring.Check check : exercise.checks()) {
                JsonObject test = new JsonObject();
                test.addProperty("name", exercise.exercise() + ". " + title(exercise.exercise(), language) + ": " + check.check());
                test.addProperty("score", check.points());
                test.addProperty("max_score", check.max());
                test.addProperty("status", check.status() == Scoring.Status.PASSED ? "passed" : "failed");
                String output = status(check.status(), language);
                if (check.status() == Scoring.Status.FAILED) {
                    output += "\n" + check.message().lines().limit(MESSAGE_LINES).collect(Collectors.joining("\n"))
                            + "\n" + Feedback.text(language, "table.hint") + " " + Feedback.text(language, check.hint());
                }
                test.addProperty("output", output);
                test.addProperty("visibility", "visible");
                tests.add(test);
            }
        }
        results.addProperty("score", score);
        results.addProperty("max_score", max);
        results.addProperty("output", table);
        results.addProperty("visibility", "visible");
        results.add("tests", tests);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(results);
    }
}
