package backproplab.grading.meta;

import static org.assertj.core.api.Assertions.assertThat;

import backproplab.grading.Handout;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The student handout builds and its checks are green, with every exercise "not attempted": it is
 * written to {@code target/handout-check/} and its {@code mvn test} runs in a separate Maven,
 * offline (everything it needs is already in the local repository after this build).
 */
class HandoutChecks {

    static final Path HANDOUT = Path.of("target", "handout-check");

    // handout = the project without reference/, mutants/ and meta/; its mvn test passes and grades 0 / 100
    @Test
    void the_handout_leaves_out_the_solutions_and_its_tests_pass() throws IOException, InterruptedException {
        Handout.delete(HANDOUT);
        Handout.write(Path.of("."), HANDOUT);
        try (Stream<Path> files = Files.walk(HANDOUT)) {
            assertThat(files.map(HANDOUT::relativize).map(Path::toString))
                    .noneMatch(name -> name.contains("reference") || name.contains("mutants") || name.contains("meta"))
                    .contains("pom.xml", "README.md", "exercises" + File.separator + "java" + File.separator + "backproplab"
                            + File.separator + "exercises" + File.separator + "Exercise3Backpropagation.java");
        }
        List<String> command = List.of(maven(), "-o", "-B", "-q", "test", "-Dbackprop.lang=en");
        Process build = new ProcessBuilder(command).directory(HANDOUT.toFile()).redirectErrorStream(true).start();
        String output = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(build.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(build.exitValue()).as("mvn test in the handout:%n%s", output).isZero();
        assertThat(output).contains("total                                      0 / 100");
        String report = Files.readString(HANDOUT.resolve(Path.of("target", "grade", "report.md")));
        assertThat(report).contains("| 1 | Local derivatives | 0 / 10 | not attempted |")
                .contains("| 7 | Training with gradient descent | 0 / 15 | not attempted |");
    }

    /** The Maven that runs this build ({@code maven.home}, set by Maven), or {@code mvn} on the PATH. */
    static String maven() {
        boolean windows = System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("win");
        String home = System.getProperty("maven.home");
        if (home != null && !home.isBlank()) {
            Path mvn = Path.of(home, "bin", windows ? "mvn.cmd" : "mvn");
            if (Files.isExecutable(mvn)) {
                return mvn.toString();
            }
        }
        return windows ? "mvn.cmd" : "mvn";
    }
}
