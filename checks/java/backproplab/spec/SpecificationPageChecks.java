package backproplab.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The specification as a page a reader can scan without reading Java: every law of
 * {@code checks/java/backproplab/spec}, as its test's name and the one line of math above it,
 * grouped by family. Written to {@code target/spec/specification.md}; the README's section
 * "The specification" must be the same text.
 */
class SpecificationPageChecks {

    static final Path SPEC = Path.of("checks", "java", "backproplab", "spec");
    static final String START = "<!-- specification: generated from checks/java/backproplab/spec; do not edit -->";
    static final String END = "<!-- end of specification -->";

    private static final Pattern TEST = Pattern.compile("^\\s*@(Test|ParameterizedTest)\\b");
    private static final Pattern METHOD = Pattern.compile("^\\s*void (\\w+)\\(");
    private static final Pattern GROUP = Pattern.compile("^\\s*class (\\w+) \\{");
    private static final Pattern LAW = Pattern.compile("^\\s*// (.+)$");

    /** One law: where it is, its test's name, its line of math. */
    record Law(String family, String group, String test, String math) {
    }

    static List<Law> laws() throws IOException {
        List<Law> laws = new ArrayList<>();
        try (Stream<Path> files = Files.list(SPEC)) {
            for (Path file : files.filter(f -> f.toString().endsWith("Checks.java")).sorted().collect(Collectors.toList())) {
                String family = file.getFileName().toString().replace("Checks.java", "");
                List<String> lines = Files.readAllLines(file);
                String group = "";
                for (int i = 0; i < lines.size(); i++) {
                    Matcher nested = GROUP.matcher(lines.get(i));
                    if (nested.find() && lines.get(i).startsWith("    class")) {
                        group = nested.group(1).replace('_', ' ');
                    }
                    if (!TEST.matcher(lines.get(i)).find()) {
                        continue;
                    }
                    Matcher law = LAW.matcher(lines.get(i - 1));
                    int j = i;
                    Matcher method = METHOD.matcher(lines.get(j));
                    while (!method.find()) {
                        method = METHOD.matcher(lines.get(++j));
                    }
                    laws.add(new Law(family, group, method.group(1), law.find() ? law.group(1) : null));
                }
            }
        }
        return laws;
    }

    /** The page, in Markdown. */
    static String page(List<Law> laws) {
        StringBuilder page = new StringBuilder();
        String family = null;
        for (Law law : laws) {
            if (!law.family().equals(family)) {
                family = law.family();
                page.append("\n**").append(family).append("** (`").append(family).append("Checks`)\n\n");
            }
            page.append("- `").append(law.test()).append("`")
                    .append(law.group().isEmpty() ? "" : " (" + law.group() + ")")
                    .append(" — ").append(law.math()).append('\n');
        }
        return page.toString().strip() + "\n";
    }

    // every test of the specification has its law in one comment line above it
    @Test
    void every_law_states_its_math_in_one_comment_line_above_its_test() throws IOException {
        List<Law> laws = laws();
        assertThat(laws).hasSizeGreaterThan(20);
        assertThat(laws).filteredOn(law -> law.math() == null)
                .as("tests in %s without a law comment above them", SPEC).isEmpty();
    }

    // README's section "The specification" = this page, generated from the sources
    @Test
    void the_readme_lists_the_specification_as_generated() throws IOException {
        String page = page(laws());
        Path generated = Path.of("target", "spec", "specification.md");
        Files.createDirectories(generated.getParent());
        Files.writeString(generated, page);
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        assertThat(start).as("the README marker %s", START).isNotNegative();
        assertThat(end).as("the README marker %s", END).isGreaterThan(start);
        assertThat(readme.substring(start + START.length(), end).strip())
                .as("the README's specification section is out of date: replace the text between its markers with "
                        + generated + ", which this check has just written")
                .isEqualTo(page.strip());
    }
}
