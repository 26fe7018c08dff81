package backproplab.notebook;

import static backproplab.Close.assertClose;
import static org.assertj.core.api.Assertions.assertThat;

import backproplab.i18n.Language;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The notebook walkthrough, number by number. Every number it prints is recorded under a key; each
 * is compared here with closed-form math written from the formulas (never with the engine), and
 * the set of keys must match exactly, so a new printed number cannot go unchecked.
 */
class WalkthroughChecks {

    /** The notebook's inputs. */
    private static final double A = 2.0;
    private static final double B = 1.0;
    private static final double V = 3.0;

    /** Every number the walkthrough prints, from closed-form math. */
    static Map<String, Double> expectedNumbers() {
        Map<String, Double> expected = new LinkedHashMap<>();
        expected.put("a", A);
        expected.put("b", B);
        expected.put("v", V);
        double u = V + B;
        expected.put("u", u);
        expected.put("w", A * u);
        // w = a·u: ∂w/∂a = u, ∂w/∂v = ∂w/∂b = a
        expected.put("w.backward1.a.grad", u);
        expected.put("w.backward1.v.grad", A);
        expected.put("w.backward1.b.grad", A);
        expected.put("w.path.w.a.local", u);
        expected.put("w.path.w.a.contribution", u);
        expected.put("w.path.w.u.local", A);
        expected.put("w.path.w.u.contribution", A);
        expected.put("w.path.u.v.local", 1.0);
        expected.put("w.path.u.v.contribution", A);
        expected.put("w.path.u.b.local", 1.0);
        expected.put("w.path.u.b.contribution", A);
        // a second backward() adds the same gradient again
        expected.put("w.backward2.a.grad", 2 * u);
        expected.put("w.backward2.v.grad", 2 * A);
        expected.put("w.backward2.b.grad", 2 * A);
        expected.put("zeroed.a.grad", 0.0);
        expected.put("zeroed.v.grad", 0.0);
        expected.put("zeroed.b.grad", 0.0);
        // y = sin(av) + eᵇ, z = y²: dz/da = 2y·cos(av)·v, dz/db = 2y·eᵇ, dz/dv = 2y·cos(av)·a
        double y = Math.sin(A * V) + Math.exp(B);
        double dzda = 2 * y * Math.cos(A * V) * V;
        double dzdb = 2 * y * Math.exp(B);
        double dzdv = 2 * y * Math.cos(A * V) * A;
        expected.put("y", y);
        expected.put("z", y * y);
        expected.put("z.a.grad", dzda);
        expected.put("z.b.grad", dzdb);
        expected.put("z.v.grad", dzdv);
        // not zeroed: the gradients of one w.backward() (u, a, a) are still there
        expected.put("stale.a.grad", u + dzda);
        expected.put("stale.b.grad", A + dzdb);
        expected.put("stale.v.grad", A + dzdv);
        // f = ln(g² + 1), g = tanh(h), h = 3x − 1 at x = 0.5
        double x = 0.5;
        double h = 3 * x - 1;
        double g = Math.tanh(h);
        double r = g * g + 1;
        expected.put("composed.h", h);
        expected.put("composed.g", g);
        expected.put("composed.f", Math.log(r));
        double dfdx = (1 / r) * 2 * g * (1 - g * g) * 3;
        expected.put("composed.x.grad", dfdx);
        expected.put("f.path.f.r.local", 1 / r);
        expected.put("f.path.f.r.contribution", 1 / r);
        expected.put("f.path.r.q.local", 1.0);
        expected.put("f.path.r.q.contribution", 1 / r);
        expected.put("f.path.q.g.local", 2 * g);
        expected.put("f.path.q.g.contribution", 2 * g / r);
        expected.put("f.path.g.h.local", 1 - g * g);
        expected.put("f.path.g.h.contribution", 2 * g * (1 - g * g) / r);
        expected.put("f.path.h.m.local", 1.0);
        expected.put("f.path.h.m.contribution", 2 * g * (1 - g * g) / r);
        expected.put("f.path.m.x.local", 3.0);
        expected.put("f.path.m.x.contribution", dfdx);
        return expected;
    }

    private static Run run(Language language, Path pictures) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Walkthrough.Result result = Walkthrough.run(out, pictures, language);
        return new Run(result, bytes.toString(StandardCharsets.UTF_8));
    }

    private record Run(Walkthrough.Result result, String text) {
    }

    @Nested
    class Numbers {

        @Test
        void every_printed_number_equals_its_closed_form(@TempDir Path pictures) {
            Map<String, Double> printed = run(Language.ENGLISH, pictures).result().numbers();
            Map<String, Double> expected = expectedNumbers();
            assertThat(printed.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
            expected.forEach((key, value) -> assertClose(value, printed.get(key), key));
        }

        @Test
        void the_notebook_values_are_the_ones_the_issue_lists(@TempDir Path pictures) {
            // the float64 reference values quoted from a PyTorch run (see README, "Numbers")
            Map<String, Double> printed = run(Language.ENGLISH, pictures).result().numbers();
            assertClose(8.0, printed.get("w"), "w");
            assertClose(5.948068976876461, printed.get("z"), "z");
            assertClose(14.05036190056671, printed.get("z.a.grad"), "dz/da");
            assertClose(13.259052055173356, printed.get("z.b.grad"), "dz/db");
            assertClose(9.36690793371114, printed.get("z.v.grad"), "dz/dv");
        }

        @Test
        void every_number_appears_in_the_text_as_java_prints_it(@TempDir Path pictures) {
            Run run = run(Language.SPANISH, pictures);
            run.result().numbers().forEach((key, value) ->
                    assertThat(run.text()).as(key).contains(" = " + value));
        }
    }

    @Nested
    class Languages {

        @Test
        void english_and_spanish_print_the_same_numbers(@TempDir Path pictures) {
            assertThat(run(Language.SPANISH, pictures).result().numbers())
                    .isEqualTo(run(Language.ENGLISH, pictures).result().numbers());
        }

        @Test
        void the_spanish_walkthrough_is_in_spanish(@TempDir Path pictures) {
            String text = run(Language.SPANISH, pictures).text();
            assertThat(text).contains("Los gradientes se acumulan", "regla de la cadena")
                    .doesNotContain("Gradients accumulate");
        }

        @Test
        void the_english_walkthrough_is_in_english(@TempDir Path pictures) {
            String text = run(Language.ENGLISH, pictures).text();
            assertThat(text).contains("Gradients accumulate", "chain rule")
                    .doesNotContain("Los gradientes se acumulan");
        }

        @Test
        void it_shows_every_notebook_line_next_to_its_java(@TempDir Path pictures) {
            String text = run(Language.ENGLISH, pictures).text();
            assertThat(text).contains(
                    "PyTorch │ a = torch.tensor(2.0, requires_grad=True)",
                    "PyTorch │ u = v + b", "PyTorch │ w = a * u", "PyTorch │ w.backward()",
                    "PyTorch │ a.grad.zero_(); b.grad.zero_(); v.grad.zero_()",
                    "PyTorch │ y = torch.sin(a * v) + torch.exp(b)", "PyTorch │ z = y**2",
                    "Java    │ Tensor w = a.mul(u);", "Java    │ w.backward();");
        }
    }

    @Nested
    class Edges {

        // an edge u → v means v is computed from u: in the text as in the pictures and in course.Dag
        @Test
        void the_chain_rule_names_each_edge_from_input_to_node(@TempDir Path pictures) {
            assertThat(run(Language.ENGLISH, pictures).text())
                    .contains("edge a → w:", "edge u → w:", "edge v → u:", "edge b → u:", "edge x → m:", "edge r → f:")
                    .doesNotContain("edge w → a:", "edge f → r:");
            assertThat(run(Language.SPANISH, pictures).text()).contains("arista a → w:", "arista x → m:");
        }
    }

    @Nested
    class PyTorch_lines {

        private static final String PYTORCH = "  PyTorch │ ";

        /** The PyTorch statements the walkthrough shows, in order, without comments. */
        private List<String> statements(Path pictures) {
            List<String> statements = new ArrayList<>();
            for (String line : run(Language.ENGLISH, pictures).text().split("\n")) {
                if (line.startsWith(PYTORCH)) {
                    String code = line.substring(PYTORCH.length()).replaceAll("#.*", "");
                    for (String statement : code.split(";")) {
                        if (!statement.isBlank()) {
                            statements.add(statement.strip());
                        }
                    }
                }
            }
            return statements;
        }

        // a graph back-propagated k times in PyTorch needs retain_graph=True on each of the first k − 1 calls
        // (backward() frees the tensors the graph saved: "Trying to backward through the graph a second time")
        @Test
        void every_backward_through_a_graph_but_the_last_retains_it(@TempDir Path pictures) {
            Map<String, List<String>> calls = new LinkedHashMap<>();
            List<List<String>> graphs = new ArrayList<>();
            for (String statement : statements(pictures)) {
                Matcher assignment = Pattern.compile("^(\\w+) = ").matcher(statement);
                Matcher backward = Pattern.compile("^(\\w+)\\.backward\\(").matcher(statement);
                if (assignment.find()) {
                    graphs.add(calls.put(assignment.group(1), new ArrayList<>()));
                } else if (backward.find()) {
                    calls.computeIfAbsent(backward.group(1), name -> new ArrayList<>()).add(statement);
                }
            }
            graphs.addAll(calls.values());
            graphs.removeIf(list -> list == null || list.isEmpty());
            assertThat(graphs).as("the walkthrough back-propagates w twice").anyMatch(list -> list.size() == 2);
            for (List<String> backwards : graphs) {
                assertThat(backwards.subList(0, backwards.size() - 1)).allMatch(call -> call.contains("retain_graph=True"));
                assertThat(backwards.get(backwards.size() - 1)).doesNotContain("retain_graph=True");
            }
        }
    }

    @Nested
    class Pictures {

        @Test
        void it_writes_an_svg_and_a_graphviz_picture_per_graph(@TempDir Path pictures) throws IOException {
            Walkthrough.Result result = run(Language.ENGLISH, pictures).result();
            assertThat(result.pictures()).extracting(p -> p.getFileName().toString())
                    .containsExactly("w.svg", "w.dot", "z.svg", "z.dot", "f.svg", "f.dot");
            for (Path picture : result.pictures()) {
                String text = Files.readString(picture);
                if (picture.toString().endsWith(".dot")) {
                    assertThat(text).startsWith("digraph").contains("grad").endsWith("}\n");
                } else {
                    assertThat(text).contains("<svg").endsWith("</svg>\n");
                }
            }
        }

        @Test
        void it_names_the_svg_pictures_in_the_text(@TempDir Path pictures) {
            String text = run(Language.ENGLISH, pictures).text();
            assertThat(text).contains("open the file in a web browser", pictures.resolve("z.svg").toString(),
                    "dot -Tpng " + pictures.resolve("f.dot"));
        }
    }
}
