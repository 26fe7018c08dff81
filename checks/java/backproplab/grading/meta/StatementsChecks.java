package backproplab.grading.meta;

import static org.assertj.core.api.Assertions.assertThat;

import backproplab.course.Exercise;
import backproplab.grading.Graders;
import backproplab.grading.Points;
import backproplab.grading.Scoring;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The graders are the one source of truth for points: every statement's table, its title and the
 * exercises' README agree with the {@link Points} of the graded checks, and each statement names the
 * exercise's file. Changing a check's points without its statement fails here.
 */
class StatementsChecks {

    static final Path STATEMENTS = Path.of("exercises", "statements");
    static final Pattern ROW = Pattern.compile("^\\| `(\\w+)` \\|(?:.*\\|)? (\\d+) \\|$", Pattern.MULTILINE);

    static Stream<Exercise> exercises() {
        return Stream.of(Exercise.values());
    }

    /** The graded checks of {@code exercise} and their points. */
    static Map<String, Integer> graded(Exercise exercise) {
        Map<String, Integer> points = new LinkedHashMap<>();
        for (var method : Graders.of(exercise.number()).getDeclaredMethods()) {
            if (method.isAnnotationPresent(Points.class)) {
                points.put(method.getName(), method.getAnnotation(Points.class).value());
            }
        }
        return points;
    }

    static List<Path> statements(Exercise exercise) throws IOException {
        try (Stream<Path> files = Files.list(STATEMENTS)) {
            return files.filter(f -> f.getFileName().toString().startsWith(exercise.number() + "-")).sorted().toList();
        }
    }

    // statement(n, es) and statement(n, en): title points = Σ points, table rows = the graded checks with their points, the file named
    @ParameterizedTest(name = "exercise {0}")
    @MethodSource("exercises")
    void each_statement_states_the_points_of_the_graded_checks(Exercise exercise) throws IOException {
        List<Path> statements = statements(exercise);
        assertThat(statements).extracting(p -> p.getFileName().toString().replaceAll(".*\\.(\\w+)\\.md", "$1"))
                .containsExactlyInAnyOrderElementsOf(backproplab.i18n.Language.values().stream()
                        .map(backproplab.i18n.Language::code).toList());
        int total = Scoring.maximum(Graders.of(exercise.number()));
        for (Path statement : statements) {
            String text = Files.readString(statement);
            assertThat(text.lines().findFirst().orElse("")).as(statement.toString())
                    .containsPattern("\\(" + total + " (puntos|points)\\)$");
            Map<String, Integer> table = new LinkedHashMap<>();
            Matcher row = ROW.matcher(text);
            while (row.find()) {
                table.put(row.group(1), Integer.parseInt(row.group(2)));
            }
            assertThat(table).as("the table of %s", statement).isEqualTo(graded(exercise));
            assertThat(text).contains("`exercises/java/" + exercise.packageName() + "/" + exercise.simpleClassName() + ".java`")
                    .contains("mvn test -Dtest='Exercise" + exercise.number() + "Checks'");
        }
    }

    // exercises/README.md: one row per exercise, with its points and both statements
    @ParameterizedTest(name = "exercise {0}")
    @MethodSource("exercises")
    void the_exercises_readme_lists_each_exercise_with_its_points(Exercise exercise) throws IOException {
        String readme = Files.readString(Path.of("exercises", "README.md"));
        Matcher row = Pattern.compile("^\\| " + exercise.number() + " \\|.*\\| (\\d+) \\| `mvn test -Dtest='Exercise"
                + exercise.number() + "Checks'` \\|$", Pattern.MULTILINE).matcher(readme);
        assertThat(row.find()).as("a row for exercise %d", exercise.number()).isTrue();
        assertThat(Integer.parseInt(row.group(1))).isEqualTo(Scoring.maximum(Graders.of(exercise.number())));
        for (Path statement : statements(exercise)) {
            assertThat(row.group()).contains("(statements/" + statement.getFileName() + ")");
        }
    }

    // every graded check has a title in every language the kit speaks: reports name it in the student's words
    @ParameterizedTest(name = "exercise {0}")
    @MethodSource("exercises")
    void every_graded_check_has_a_title_in_every_language(Exercise exercise) {
        for (String check : graded(exercise).keySet()) {
            for (backproplab.i18n.Language language : backproplab.i18n.Language.values()) {
                assertThat(backproplab.grading.Feedback.text(language, "check.ex" + exercise.number() + "." + check))
                        .as("the title of %s in %s", check, language).isNotBlank();
            }
        }
    }
}
