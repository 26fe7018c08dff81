package backproplab.delivery;

import backproplab.grading.Graders;
import backproplab.grading.Points;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Order;

/**
 * GitHub Classroom's autograding workflow for the handout, {@code .github/workflows/classroom.yml},
 * written from the graded checks themselves: every check is one test worth its own points, so a
 * student keeps partial credit check by check. One step grades everything once ({@code mvn test},
 * which writes {@code target/grade/checks.txt}); each test then reads its check's outcome there,
 * and the reporter sends the tests' results to Classroom. The actions are the ones Classroom
 * documents ({@code classroom-resources/autograding-command-grader} and
 * {@code autograding-grading-reporter}).
 */
final class ClassroomWorkflow {

    /**
     * One graded check as a Classroom test.
     *
     * @param id the step's id, {@code ex3-fan_out_sums}
     * @param check the line {@code checks.txt} has when it passed, {@code ex3.fan_out_sums passed}
     * @param points its points
     */
    record Test(String id, String check, int points) {
    }

    private ClassroomWorkflow() {
    }

    /** Every graded check, exercise by exercise, in the order it runs. */
    static List<Test> tests() {
        List<Test> tests = new ArrayList<>();
        for (Class<?> grader : Graders.all()) {
            int exercise = grader.getAnnotation(backproplab.grading.Graded.class).exercise();
            List<Method> checks = Arrays.stream(grader.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(Points.class))
                    .sorted(Comparator.comparingInt(m -> m.getAnnotation(Order.class).value())).toList();
            for (Method check : checks) {
                tests.add(new Test("ex" + exercise + "-" + check.getName(), "ex" + exercise + "." + check.getName() + " passed",
                        check.getAnnotation(Points.class).value()));
            }
        }
        return tests;
    }

    /** The workflow's text. */
    static String yaml() {
        StringBuilder text = new StringBuilder("""
                # GitHub Classroom's autograding, written by the kit from its graded checks (do not edit by hand:
                # regenerate the handout). Every graded check is one test worth its own points. The first step
                # grades every exercise once; each test reads its check's outcome from target/grade/checks.txt.
                name: Autograding
                "on":
                  - push
                  - repository_dispatch
                permissions:
                  checks: write
                  actions: read
                  contents: read
                jobs:
                  autograding:
                    runs-on: ubuntu-latest
                    if: github.actor != 'github-classroom[bot]'
                    steps:
                      - uses: actions/checkout@v4
                      - uses: actions/setup-java@v4
                        with:
                          distribution: temurin
                          java-version: "17"
                      - name: Grade every exercise
                        run: mvn -B -q test -Dmaven.test.failure.ignore=true -Dbackprop.lang=es
                """);
        List<Test> tests = tests();
        for (Test test : tests) {
            text.append("      - name: ").append(test.id()).append('\n')
                    .append("        id: ").append(test.id()).append('\n')
                    .append("        uses: classroom-resources/autograding-command-grader@v1\n")
                    .append("        with:\n")
                    .append("          test-name: ").append(test.id()).append('\n')
                    .append("          command: grep -qx '").append(test.check()).append("' target/grade/checks.txt\n")
                    .append("          timeout: 1\n")
                    .append("          max-score: ").append(test.points()).append('\n');
        }
        text.append("      - name: Autograding Reporter\n")
                .append("        uses: classroom-resources/autograding-grading-reporter@v1\n")
                .append("        env:\n");
        for (Test test : tests) {
            text.append("          ").append(test.id().toUpperCase(java.util.Locale.ROOT)).append("_RESULTS: \"${{steps.")
                    .append(test.id()).append(".outputs.result}}\"\n");
        }
        text.append("        with:\n          runners: ").append(String.join(",", tests.stream().map(Test::id).toList())).append('\n');
        return text.toString();
    }
}
