package backproplab.spec;

import backproplab.kit.Kit;
import static org.assertj.core.api.Assertions.assertThat;

import backproplab.course.Backpropagation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The specification is strong enough: each plausible wrong engine ({@link BrokenEngines}) breaks
 * the law of agreement with forward mode, and the report names a shrunk graph small enough to read,
 * with the seed that replays it. The correct engine passes the same law. The reports are written
 * to {@code target/spec/broken-engines.md}.
 */
class BrokenEnginesChecks {

    static final int EXAMPLES = 1000;

    static final Path REPORTS = Path.of("target", "spec", "broken-engines.md");

    @BeforeAll
    static void startTheReport() throws IOException {
        Files.createDirectories(REPORTS.getParent());
        Files.writeString(REPORTS, "# What the specification reports for each broken engine\n\n");
    }

    static Stream<BrokenEngines.Broken> brokenEngines() {
        return BrokenEngines.all().stream();
    }

    // for every broken engine e: ∃ graph, ∂y/∂x (e) ≠ ∂y/∂x (forward mode), and the counterexample shrinks
    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenEngines")
    void every_broken_engine_breaks_agreement_with_forward_mode(BrokenEngines.Broken broken) throws IOException {
        AssertionError report = null;
        try {
            Spec.forAll(RandomGraphs.graphs(), EXAMPLES, GradientLaws.agreesWithForwardMode(broken.engine()));
        } catch (AssertionError e) {
            report = e;
        }
        assertThat(report).as("the law should reject the engine with %s", broken.mistake()).isNotNull();
        String message = report.getMessage();
        String found = Laws.WORDS.get("report.broken", 1);
        assertThat(message).as("in the language of this run").contains(found.substring(found.indexOf(';') + 1).strip())
                .contains("mvn test -Dtest=");
        String formula = message.lines().filter(line -> line.startsWith("  ")).findFirst().orElseThrow().trim();
        assertThat(formula.length()).as("the shrunk counterexample %s", formula).isLessThan(60);
        Files.writeString(REPORTS, "## " + broken.name() + " (" + broken.mistake() + ")\n\n```\n" + message.strip() + "\n```\n\n",
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }

    // the correct engine passes the law that rejects the broken ones
    @Test
    void the_engine_itself_passes_the_same_law() {
        Spec.forAll(RandomGraphs.graphs(), EXAMPLES, GradientLaws.agreesWithForwardMode(Kit.engine()));
    }
}
