package backproplab.grading;

import backproplab.i18n.Language;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A graded submission as people read it: the Markdown report and Gradescope's results.json. Every
 * text is in the student's language; each check's output stands on its own (what it checks, what
 * went wrong, the hint), since Gradescope shows it apart from the rest.
 *
 * @param exercises the score of each exercise
 * @param seeds each exercise's seed, made from its code
 * @param notes notes on an exercise, such as which engine it trained with
 * @param language the student's language
 * @param seconds how long the grading took
 */
record Grade(List<Scoring.Exercise> exercises, Map<Integer, Long> seeds, Map<Integer, List<String>> notes, Language language,
        double seconds) {

    static String status(Scoring.Status status, Language language) {
        return Feedback.text(language, "status." + status.name());
    }

    static String title(int exercise, Language language) {
        return Feedback.text(language, "exercise." + exercise);
    }

    /** A check's title in the student's language (its method name is the identifier the statement lists). */
    static String title(Scoring.Check check, Language language) {
        return Feedback.text(language, "check.ex" + check.exercise() + "." + check.check());
    }

    /** The first lines of a failure, the following ones indented by {@code indent}. */
    static String excerpt(String message, String indent) {
        return message.lines().limit(GradeReport.MESSAGE_LINES).collect(Collectors.joining(System.lineSeparator() + indent));
    }

    int points() {
        return exercises.stream().mapToInt(Scoring.Exercise::points).sum();
    }

    int max() {
        return exercises.stream().mapToInt(Scoring.Exercise::max).sum();
    }

    /** The summary: a table of the exercises, their seeds, and the notes. */
    String summary() {
        StringBuilder text = new StringBuilder(Feedback.text(language, "markdown.header")).append('\n').append("|---|---|---|---|\n");
        for (Scoring.Exercise exercise : exercises) {
            text.append("| ").append(exercise.exercise()).append(" | ").append(title(exercise.exercise(), language))
                    .append(" | ").append(exercise.points()).append(" / ").append(exercise.max()).append(" | ")
                    .append(status(exercise.status(), language)).append(" |\n");
        }
        text.append("| | **").append(Feedback.text(language, "table.total")).append("** | **").append(points()).append(" / ")
                .append(max()).append("** | |\n");
        for (Scoring.Exercise exercise : exercises) {
            for (String note : notes.getOrDefault(exercise.exercise(), List.of())) {
                text.append('\n').append(Feedback.text(language, "markdown.note", exercise.exercise(), note)).append('\n');
            }
        }
        String seedList = exercises.stream().filter(e -> seeds.getOrDefault(e.exercise(), 0L) != 0)
                .map(e -> e.exercise() + ": " + seeds.get(e.exercise())).collect(Collectors.joining(", "));
        if (!seedList.isEmpty()) {
            text.append('\n').append(Feedback.text(language, "markdown.seeds", seedList)).append('\n');
        }
        return text.toString();
    }

    /** One check's output, complete in itself. */
    String output(Scoring.Exercise exercise, Scoring.Check check) {
        StringBuilder text = new StringBuilder(Feedback.text(language, "check.heading", exercise.exercise(),
                title(exercise.exercise(), language), title(check, language), check.check(), status(check.status(), language)));
        if (check.status() == Scoring.Status.FAILED || check.status() == Scoring.Status.DOES_NOT_COMPILE) {
            text.append("\n\n```\n").append(check.message().lines().limit(GradeReport.MESSAGE_LINES).collect(Collectors.joining("\n")))
                    .append("\n```\n\n").append(Feedback.text(language, "table.hint")).append(' ')
                    .append(Feedback.text(language, check.hint()));
        } else if (check.status() == Scoring.Status.NOT_ATTEMPTED && !check.message().isBlank()) {
            text.append("\n\n").append(check.message().lines().findFirst().orElse(""));
        }
        return text.toString();
    }

    /** One line per check, {@code ex3.fan_out_sums passed}, with its status in lower case. */
    String outcomes() {
        StringBuilder text = new StringBuilder();
        for (Scoring.Exercise exercise : exercises) {
            for (Scoring.Check check : exercise.checks()) {
                text.append("ex").append(exercise.exercise()).append('.').append(check.check()).append(' ')
                        .append(check.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).append('\n');
            }
        }
        return text.toString();
    }

    String markdown() {
        StringBuilder text = new StringBuilder("# ").append(Feedback.text(language, "table.title")).append("\n\n").append(summary());
        for (Scoring.Exercise exercise : exercises) {
            text.append("\n## ").append(exercise.exercise()).append(". ").append(title(exercise.exercise(), language)).append("\n\n");
            for (Scoring.Check check : exercise.checks()) {
                text.append("- ").append(title(check, language)).append(" (`").append(check.check()).append("`): ")
                        .append(check.points()).append(" / ").append(check.max())
                        .append(", ").append(status(check.status(), language)).append('\n');
                if (check.status() == Scoring.Status.FAILED || check.status() == Scoring.Status.DOES_NOT_COMPILE) {
                    text.append("\n  ```\n  ").append(check.message().lines().limit(GradeReport.MESSAGE_LINES)
                            .collect(Collectors.joining("\n  "))).append("\n  ```\n  ").append(Feedback.text(language, "table.hint"))
                            .append(' ').append(Feedback.text(language, check.hint())).append("\n\n");
                }
            }
        }
        return text.toString();
    }

    /**
     * Gradescope's results.json, with the fields its specification documents only: the score, the
     * summary as Markdown, and one test per check with its own score, output and visibility.
     */
    String gradescope() {
        JsonObject results = new JsonObject();
        results.addProperty("score", points());
        results.addProperty("execution_time", Math.round(seconds));
        results.addProperty("output", summary());
        results.addProperty("output_format", "md");
        results.addProperty("visibility", "visible");
        results.addProperty("stdout_visibility", "hidden");
        JsonArray tests = new JsonArray();
        for (Scoring.Exercise exercise : exercises) {
            int k = 0;
            for (Scoring.Check check : exercise.checks()) {
                JsonObject test = new JsonObject();
                test.addProperty("name", Feedback.text(language, "check.name", exercise.exercise(), title(exercise.exercise(), language),
                        title(check, language)));
                test.addProperty("number", exercise.exercise() + "." + ++k);
                test.addProperty("score", check.points());
                test.addProperty("max_score", check.max());
                test.addProperty("status", check.status() == Scoring.Status.PASSED ? "passed" : "failed");
                test.addProperty("output", output(exercise, check));
                test.addProperty("output_format", "md");
                JsonArray tags = new JsonArray();
                tags.add("ex" + exercise.exercise());
                test.add("tags", tags);
                test.addProperty("visibility", visibility(exercise.exercise(), check.check()));
                tests.add(test);
            }
        }
        results.add("tests", tests);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(results);
    }

    /** The visibility a check's {@link Points} asks for. */
    static String visibility(int exercise, String check) {
        try {
            Class<?> grader = Class.forName(Graders.name(exercise));
            for (Method method : grader.getDeclaredMethods()) {
                if (method.getName().equals(check) && method.getAnnotation(Points.class) != null) {
                    return method.getAnnotation(Points.class).visibility();
                }
            }
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return "visible";
    }
}
