package backproplab.cli;

import static backproplab.Close.assertClose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import backproplab.WithLanguage;
import backproplab.i18n.Language;
import backproplab.lang.RandomBytes;
import backproplab.spec.Spec;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

/** The {@code backprop} command, run in-process: its text, JSON and batch outputs, and its exit codes. */
class CommandLineChecks {

    /** What one run printed, and its exit code. */
    record Run(int exit, String out, String err) {

        List<JsonObject> jsonLines() {
            return out.lines().map(line -> JsonParser.parseString(line).getAsJsonObject()).collect(Collectors.toList());
        }
    }

    static Run withInput(String stdin, String... args) {
        return withInput(stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    static Run withInput(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new ByteArrayInputStream(stdin),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run run(String... args) {
        return withInput("", args);
    }

    /** The notebook's values at a=2, b=1, v=3, by hand: y = sin(av) + eᵇ, z = y². */
    static final double Y = Math.sin(6) + Math.exp(1);

    @Nested
    class Text {

        @Test
        void grad_prints_the_value_then_each_gradient_with_its_formula_and_a_cross_check() {
            Run run = run("--lang", "en", "grad", "u = v + b; w = a * u", "a=2", "b=1", "v=3");
            assertThat(run.exit()).isZero();
            assertThat(run.err()).isEmpty();
            // w = a(v + b) = 8; ∂w/∂a = v + b = 4, ∂w/∂b = ∂w/∂v = a = 2
            assertThat(run.out()).startsWith("w = 8.0\n")
                    .contains("∂w/∂a = 4.0\n    symbolic              v + b\n    finite differences    ")
                    .contains("∂w/∂b = 2.0\n    symbolic              a\n")
                    .contains("∂w/∂v = 2.0\n    symbolic              a\n");
            assertThat(run.out().indexOf("∂w/∂a")).isLessThan(run.out().indexOf("∂w/∂b"));
            assertThat(run.out().indexOf("∂w/∂b")).isLessThan(run.out().indexOf("∂w/∂v"));
        }

        @Test
        void the_pasted_notebook_line_gives_the_notebook_gradients() {
            Run run = run("grad", "--json", "y = torch.sin(a * v) + torch.exp(b); z = y**2", "a=2", "b=1", "v=3");
            JsonObject result = run.jsonLines().get(0);
            JsonObject gradient = result.getAsJsonObject("gradient");
            assertThat(result.get("output").getAsString()).isEqualTo("z");
            assertClose(Y * Y, result.get("value").getAsDouble(), "z");
            assertClose(2 * Y * Math.cos(6) * 3, gradient.get("a").getAsDouble(), "dz/da");
            assertClose(2 * Y * Math.exp(1), gradient.get("b").getAsDouble(), "dz/db");
            assertClose(2 * Y * Math.cos(6) * 2, gradient.get("v").getAsDouble(), "dz/dv");
            assertThat(result.getAsJsonObject("symbolic").get("b").getAsString())
                    .isEqualTo("2 * (sin(a * v) + exp(b)) * exp(b)");
            // the 5-point stencil at h = 0.002 agrees to about 10⁻⁹ here (its h⁴ error times |f⁽⁵⁾|)
            assertThat(result.getAsJsonObject("finiteDifferences").get("a").getAsDouble())
                    .isCloseTo(2 * Y * Math.cos(6) * 3, org.assertj.core.data.Offset.offset(1e-6));
        }

        @Test
        void an_input_the_program_does_not_use_has_gradient_zero() {
            Run run = run("--lang", "en", "grad", "a * a", "a=3", "c=1");
            assertThat(run.out()).contains("∂y/∂a = 6.0").contains("∂y/∂c = 0.0   (the program does not use this input)");
        }

        @Test
        void latex_prints_the_formulas_as_latex() {
            Run run = run("grad", "--latex", "--json", "sqrt(x) / y", "x=4", "y=2");
            assertThat(run.jsonLines().get(0).getAsJsonObject("symbolic").get("x").getAsString())
                    .isEqualTo("\\frac{1}{2 \\cdot y \\cdot \\sqrt{x}}");
        }

        @Test
        void order_two_adds_the_hessian() {
            // f = x²y: f_xx = 2y, f_xy = 2x, f_yy = 0
            Run run = run("grad", "--json", "--order", "2", "x ** 2 * y", "x=3", "y=5");
            JsonObject hessian = run.jsonLines().get(0).getAsJsonObject("hessian");
            assertThat(hessian.getAsJsonObject("x").get("x").getAsDouble()).isEqualTo(10.0);
            assertThat(hessian.getAsJsonObject("x").get("y").getAsDouble()).isEqualTo(6.0);
            assertThat(hessian.getAsJsonObject("y").get("x").getAsDouble()).isEqualTo(6.0);
            assertThat(hessian.getAsJsonObject("y").get("y").getAsDouble()).isEqualTo(0.0);
            assertThat(run.jsonLines().get(0).getAsJsonObject("hessianSymbolic").getAsJsonObject("x").get("x").getAsString())
                    .isEqualTo("2 * y");
            assertThat(run("--lang", "en", "grad", "--order", "2", "x ** 2 * y", "x=3", "y=5").out())
                    .contains("Hessian (second derivatives):").contains("∂²f/∂x∂x = 2 * y = 10.0")
                    .as("the program is named f, not y, because y is one of its inputs").doesNotContain("∂²y/");
        }

        @Test
        void dot_writes_the_graph_with_values_and_gradients(@TempDir Path folder) throws IOException {
            Path file = folder.resolve("w.dot");
            assertThat(run("grad", "--dot", file.toString(), "w = a * (v + b)", "a=2", "b=1", "v=3").exit()).isZero();
            assertThat(Files.readString(file)).startsWith("digraph").contains("value 8.0 | grad 1.0");
        }

        // --svg FILE: the graph as a picture, well-formed, its nodes named as the program names them (u, w), in the language asked
        @Test
        void svg_draws_the_graph_with_the_programs_names(@TempDir Path folder) throws Exception {
            Path file = folder.resolve("w.svg");
            assertThat(run("--lang", "es", "grad", "--svg", file.toString(), "u = v + b; w = a * u", "a=2", "b=1", "v=3").exit())
                    .isZero();
            org.w3c.dom.Document svg = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
            assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
            assertThat(svg.getDocumentElement().getTextContent()).contains("u (+)").contains("w (*)").contains("gradiente");
        }

        // a graph too large to draw is refused with the way out, exit 2
        @Test
        void svg_refuses_a_graph_too_large_to_draw(@TempDir Path folder) {
            String chain = "x" + " + 1".repeat(backproplab.picture.GraphPicture.MAX_NODES);
            Run run = run("--lang", "en", "grad", "--svg", folder.resolve("big.svg").toString(), chain, "x=1");
            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err()).contains("too many to draw").contains("--dot");
        }

        @Test
        void inputs_named_in_greek_work_on_the_command_line() {
            Run run = run("grad", "--json", "α * β", "α=2", "β=3");
            assertThat(run.exit()).isZero();
            JsonObject gradient = run.jsonLines().get(0).getAsJsonObject("gradient");
            assertThat(gradient.get("α").getAsDouble()).isEqualTo(3.0);
            assertThat(gradient.get("β").getAsDouble()).isEqualTo(2.0);
        }

        // "año" typed with ñ as one character or as n + U+0303 (as some keyboards and PDFs write it) is one name
        @Test
        void a_name_is_the_same_however_its_accents_are_written() {
            String composed = "a\u00f1o", decomposed = "an\u0303o";
            for (String[] sides : new String[][] {{composed, decomposed}, {decomposed, composed}}) {
                Run run = run("grad", "--json", sides[0] + " * 2", sides[1] + "=3");
                assertThat(run.exit()).as(run.err()).isZero();
                JsonObject answer = run.jsonLines().get(0);
                assertThat(answer.get("value").getAsDouble()).isEqualTo(6.0);
                assertThat(answer.getAsJsonObject("gradient").get(composed).getAsDouble()).isEqualTo(2.0);
            }
            // in batch mode the answer names each input as the request did
            String request = "{\"id\": 1, \"program\": \"" + composed + " * 2\", \"at\": {\"" + decomposed + "\": 3}}\n";
            JsonObject answer = withInput(request, "grad", "--batch").jsonLines().get(0);
            assertThat(answer.get("value").getAsDouble()).as(answer.toString()).isEqualTo(6.0);
            assertThat(answer.getAsJsonObject("gradient").get(decomposed).getAsDouble()).isEqualTo(2.0);
        }

        // x * 2 at x = 1, y = 2: the output is not called y, or ∂y/∂y = 0 would contradict ∂y/∂y = 1
        @Test
        void the_output_is_not_named_like_an_input_given_on_the_command_line() {
            Run run = run("--lang", "en", "grad", "x * 2", "x=1", "y=2");
            assertThat(run.exit()).isZero();
            assertThat(run.out()).startsWith("f = 2.0").contains("∂f/∂x = 2.0").contains("∂f/∂y = 0.0");
            assertThat(run("grad", "--json", "x * 2", "x=1", "y=2").jsonLines().get(0).get("output").getAsString()).isEqualTo("f");
        }

        @Test
        void an_infinite_input_has_no_finite_difference_and_says_nan() {
            // d(2a)/da = 2 everywhere, even at a = ∞; no stencil fits around ∞, so the cross-check is NaN
            Run run = run("--lang", "en", "grad", "a * 2", "a=inf");
            assertThat(run.exit()).isZero();
            assertThat(run.out()).contains("y = Infinity").contains("∂y/∂a = 2.0").contains("finite differences    NaN");
        }

        @Test
        void version_is_there_for_every_command() {
            assertThat(run("-V").out()).startsWith("backprop-lab ");
            assertThat(run("grad", "-V").out()).isEqualTo(run("-V").out());
        }

        @Test
        void spanish_is_one_option_away() {
            Run run = run("--lang", "es", "grad", "a * a", "a=3", "c=1");
            assertThat(run.out()).contains("simbólica").contains("(el programa no usa esta entrada)");
        }

        @Test
        void with_no_command_it_replays_the_notebook(@TempDir Path folder) {
            Run run = run("--lang", "en", "--pictures", folder.toString());
            assertThat(run.exit()).isZero();
            assertThat(run.out()).contains("z = 5.948068976876461").contains("a.grad = 14.05036190056671");
            assertThat(folder.resolve("z.dot")).exists();
        }
    }

    @Nested
    class Batch {

        @Test
        void each_request_line_gets_one_answer_line_in_order() {
            String requests = String.join("\n",
                    "{\"id\": 1, \"program\": \"u = v + b; w = a * u\", \"at\": {\"a\": 2, \"b\": 1, \"v\": 3}, \"symbolic\": true}",
                    "{\"id\": \"two\", \"program\": \"a * a\", \"at\": {\"a\": 3, \"unused\": 1}}",
                    "{\"id\": [3], \"program\": \"log(a)\", \"at\": {\"a\": 0}}") + "\n";
            List<JsonObject> answers = withInput(requests, "grad", "--batch").jsonLines();
            assertThat(answers).hasSize(3);
            assertThat(answers.get(0).toString()).isEqualTo(
                    "{\"id\":1,\"value\":8.0,\"gradient\":{\"a\":4.0,\"b\":2.0,\"v\":2.0},\"symbolic\":{\"a\":\"v + b\",\"b\":\"a\",\"v\":\"a\"}}");
            assertThat(answers.get(1).toString()).isEqualTo("{\"id\":\"two\",\"value\":9.0,\"gradient\":{\"a\":6.0,\"unused\":0.0}}");
            // ln 0 = −∞ and its gradient 1/0 = +∞, written as strings
            assertThat(answers.get(2).toString()).isEqualTo("{\"id\":[3],\"value\":\"-Infinity\",\"gradient\":{\"a\":\"Infinity\"}}");
        }

        @Test
        void a_bad_line_gets_an_error_and_the_next_line_is_processed() {
            String requests = String.join("\n",
                    "not json",
                    "{\"id\": 7, \"program\": \"a + q\", \"at\": {\"a\": 1}}",
                    "{\"id\": 8, \"program\": \"sine(a)\", \"at\": {\"a\": 1}}",
                    "{\"id\": 9, \"at\": {\"a\": 1}}",
                    "{\"id\": 10, \"program\": \"a\", \"at\": {\"a\": \"two\"}}",
                    "[1, 2]",
                    "{\"id\": 11, \"program\": \"a * 2\", \"at\": {\"a\": \"NaN\"}}") + "\n";
            Run run = withInput(requests, "--lang", "en", "grad", "--batch");
            assertThat(run.exit()).isZero();
            List<JsonObject> answers = run.jsonLines();
            assertThat(answers).hasSize(7);
            assertThat(answers.get(0).toString()).startsWith("{\"id\":null,\"error\":{\"message\":\"the line is not valid JSON at column 1;")
                    .endsWith("\"line\":1,\"column\":1}}");
            assertThat(answers.get(1).toString()).isEqualTo("{\"id\":7,\"error\":{\"message\":\"no value for the input 'q' at 1:5; "
                    + "give it one, for example \\\"at\\\": {\\\"q\\\": 1.5}\",\"line\":1,\"column\":5}}");
            assertThat(answers.get(2).getAsJsonObject("error").get("message").getAsString())
                    .isEqualTo("unknown function 'sine' at 1:1 — did you mean 'sin'?");
            assertThat(answers.get(3).toString()).isEqualTo("{\"id\":9,\"error\":{\"message\":\"the request needs \\\"program\\\", "
                    + "a string such as \\\"a * (v + b)\\\"\",\"line\":1,\"column\":1}}");
            assertThat(answers.get(4).getAsJsonObject("error").get("message").getAsString())
                    .isEqualTo("the value of \"a\" in \"at\" must be a number (or \"NaN\", \"Infinity\", \"-Infinity\"), not \"two\"");
            assertThat(answers.get(5).getAsJsonObject("error").get("message").getAsString()).startsWith("the line is JSON but not an object");
            assertThat(answers.get(6).toString()).isEqualTo("{\"id\":11,\"value\":\"NaN\",\"gradient\":{\"a\":2.0}}");
            Run digits = withInput("{\"id\": 12, \"program\": \"a * \u0663\", \"at\": {\"a\": 1}}\n\n", "--lang", "en", "grad", "--batch");
            assertThat(digits.jsonLines()).as("the blank line is skipped").hasSize(1);
            assertThat(digits.jsonLines().get(0).getAsJsonObject("error").get("message").getAsString())
                    .startsWith("unexpected character '\u0663' (U+0663 ARABIC-INDIC DIGIT THREE) at 1:5");
        }

        @Test
        void ten_thousand_requests_are_answered_one_line_each() {
            String requests = IntStream.range(0, 10_000)
                    .mapToObj(i -> "{\"id\": " + i + ", \"program\": \"x * " + i + " + sin(x)\", \"at\": {\"x\": 0}}")
                    .collect(Collectors.joining("\n", "", "\n"));
            List<JsonObject> answers = withInput(requests, "grad", "--batch").jsonLines();
            assertThat(answers).hasSize(10_000);
            for (int i = 0; i < 10_000; i += 997) {
                // ∂/∂x (x·i + sin x) at 0 = i + cos 0 = i + 1
                assertThat(answers.get(i).get("id").getAsInt()).isEqualTo(i);
                assertThat(answers.get(i).getAsJsonObject("gradient").get("x").getAsDouble()).isEqualTo(i + 1.0);
            }
        }
    }

    /** Input written to break the command: huge arguments, random bytes, letters beyond the BMP, lines of any length. */
    @Nested
    class Hostile {

        static final int HUGE = 100_000;
        /** How long one line of an error may be, in code points: a sentence, with up to two quotes of 80. */
        static final int SHORT_LINE = 320;

        /** {@code text} (ASCII, longer than 80) as a message quotes it: its first 60 and last 20 characters around the count left out. */
        static String ends(String text) {
            return text.substring(0, 60) + "…[" + (text.length() - 80) + " characters omitted]…" + text.substring(text.length() - 20);
        }

        // the message quotes 80 of the literal's digits, the excerpt of the line is 80 wide, and the caret is under 1:5
        @Test
        void a_hundred_thousand_digit_literal_is_quoted_by_its_ends_and_the_caret_stays_under_it() {
            String digits = "1".repeat(HUGE);
            Run run = run("--lang", "en", "grad", "a * " + digits + " + 1", "a=1");
            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err().lines()).containsExactly(
                    "the number " + ends(digits) + " at 1:5 is too large for a double (the largest is about 1.8e308)",
                    "  " + ("a * " + digits).substring(0, 80) + "…",
                    "      ^");
        }

        // whatever argument is at fault, the message quotes at most 80 of its characters
        @Test
        void a_huge_argument_is_quoted_by_its_ends() {
            String digits = "1".repeat(HUGE);
            assertThat(run("--lang", "en", "grad", "a", digits).err())
                    .isEqualTo("malformed input value '" + ends(digits) + "'; write name=value, for example a=2\n");
            assertThat(run("--lang", "en", "grad", "a", "a=" + digits + "x").err()).isEqualTo("the value '" + ends(digits + "x")
                    + "' in '" + ends("a=" + digits + "x") + "' is not a number; write it like 2, -0.5, 1e-3 or inf\n");
            assertThat(run("--lang", "en", "grad", "a", "a=1", "a=" + digits).err())
                    .isEqualTo("the input 'a' is given twice; give each input one value\n");
            assertThat(run("--lang", "en", "grad", "--" + "x".repeat(HUGE), "a", "a=1").err())
                    .startsWith("unknown option, command or extra argument: " + ends("--" + "x".repeat(HUGE)) + "\n");
            // no language is known yet when --lang is refused: the count left out is in the one of the JVM, pinned here
            assertThat(WithLanguage.in(Language.ENGLISH, () -> run("--lang", "x".repeat(HUGE))).err()).isEqualTo("unknown language '"
                    + ends("x".repeat(HUGE)) + "'; use es or en / idioma desconocido '" + ends("x".repeat(HUGE)) + "'; usa es o en.\n");
            for (Run run : List.of(run("--lang", "en", "grad", "--order", digits, "a", "a=1"),
                    run("--lang", "en", "grad", "--dot", "no-such-folder/" + "d".repeat(HUGE), "a", "a=1"))) {
                assertThat(run.exit()).isEqualTo(2);
                assertThat(run.err().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(SHORT_LINE));
                assertThat(run.err()).contains(" characters omitted]…");
            }
        }

        // random bytes as the program: exit 0 (they read and ran) or 2 with a sentence, the line and a caret, each short
        @Test
        void random_bytes_as_a_program_give_one_short_sentence_and_exit_2() {
            Spec.forAll(RandomBytes.upTo(300), 100, bytes -> {
                Run run = run("--lang", "en", "grad", "--", RandomBytes.text(bytes));
                List<String> lines = run.err().lines().collect(Collectors.toList());
                boolean ran = run.exit() == 0 && lines.isEmpty();
                boolean refused = run.exit() == 2 && lines.size() == 3 && lines.get(2).endsWith("^") && lines.stream()
                        .allMatch(line -> line.codePointCount(0, line.length()) <= SHORT_LINE && line.chars().allMatch(c -> c >= ' ' || c == '\t'));
                if (!ran && !refused) {
                    throw new AssertionError("exit " + run.exit() + ", standard error:\n" + run.err());
                }
            });
        }

        // random bytes on standard input: one JSON answer per non-blank line, each a result or a short error that is not a bug
        @Test
        void random_bytes_as_batch_lines_give_one_short_answer_each() {
            Spec.forAll(RandomBytes.upTo(3_000), 30, bytes -> {
                Run run = withInput(bytes, "--lang", "en", "grad", "--batch");
                long requests = new String(bytes, StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank()).count();
                if (run.exit() != 0 || !run.err().isEmpty() || run.jsonLines().size() != requests) {
                    throw new AssertionError("exit " + run.exit() + ", " + run.jsonLines().size() + " answers to " + requests
                            + " lines, standard error: " + run.err());
                }
                run.jsonLines().forEach(Hostile::isAResultOrAShortError);
            });
        }

        // program-like noise as the programs of well-formed requests: each a result or a short error that is not a bug
        @Test
        void noise_as_a_requests_program_gives_a_result_or_a_short_error() {
            Gen<List<byte[]>> programs = lists().of(RandomBytes.programLike(30)).ofSizeBetween(1, 100)
                    .describedAs(list -> list.stream().map(RandomBytes::hex).collect(Collectors.joining(", ")));
            Spec.forAll(programs, 30, list -> {
                StringBuilder requests = new StringBuilder();
                for (byte[] program : list) {
                    JsonObject request = new JsonObject();
                    request.addProperty("program", new String(program, StandardCharsets.UTF_8));
                    request.add("at", JsonParser.parseString("{\"a\": 2, \"b\": -1, \"𝑥\": 0}"));
                    request.addProperty("symbolic", true);
                    requests.append(request).append('\n');
                }
                Run run = withInput(requests.toString(), "--lang", "en", "grad", "--batch");
                if (run.jsonLines().size() != requests.toString().lines().count()) {
                    throw new AssertionError("not one answer per request: " + run.out() + run.err());
                }
                run.jsonLines().forEach(Hostile::isAResultOrAShortError);
            });
        }

        private static void isAResultOrAShortError(JsonObject answer) {
            if (answer.has("value")) {
                return;
            }
            String message = answer.getAsJsonObject("error").get("message").getAsString();
            if (message.codePointCount(0, message.length()) > SHORT_LINE || message.startsWith("internal error")) {
                throw new AssertionError("the answer " + answer);
            }
        }

        // 𝑥 (U+1D465, two Java chars) is one letter in arguments and requests, and one column in batch errors
        @Test
        void a_letter_beyond_the_basic_plane_is_a_letter_and_one_column() {
            JsonObject gradient = run("grad", "--json", "𝑥 * 𝑦", "𝑥=2", "𝑦=3").jsonLines().get(0).getAsJsonObject("gradient");
            assertThat(gradient.get("𝑥").getAsDouble()).isEqualTo(3.0);
            assertThat(gradient.get("𝑦").getAsDouble()).isEqualTo(2.0);
            JsonObject error = withInput("{\"program\": \"𝑥 + q\", \"at\": {\"𝑥\": 1}}\n", "--lang", "en", "grad", "--batch")
                    .jsonLines().get(0).getAsJsonObject("error");
            assertThat(error.get("message").getAsString()).startsWith("no value for the input 'q' at 1:5;");
            assertThat(error.get("column").getAsInt()).isEqualTo(5);
            // a request line that is not JSON: writing x for each 𝑥 before the fault leaves its column as it is
            String italic = "{\"id\": \"𝑥𝑥𝑥\", oops}\n";
            String plain = italic.replace("𝑥", "x");
            assertThat(batchColumn(italic)).isEqualTo(batchColumn(plain)).isGreaterThan(1);
        }

        private int batchColumn(String line) {
            return withInput(line, "--lang", "en", "grad", "--batch").jsonLines().get(0).getAsJsonObject("error").get("column").getAsInt();
        }

        // a request's huge name and value are quoted by their ends, as arguments are
        @Test
        void a_huge_name_or_value_in_a_request_is_quoted_by_its_ends() {
            String name = "q".repeat(HUGE);
            String value = "x".repeat(HUGE);
            JsonObject at = new JsonObject();
            at.addProperty(name, value);
            JsonObject request = new JsonObject();
            request.addProperty("program", "a");
            request.add("at", at);
            assertThat(withInput(request + "\n", "--lang", "en", "grad", "--batch").jsonLines().get(0).getAsJsonObject("error")
                    .get("message").getAsString()).isEqualTo("the value of \"" + ends(name) + "\" in \"at\" must be a number "
                            + "(or \"NaN\", \"Infinity\", \"-Infinity\"), not " + ends("\"" + value + "\""));
        }

        // a line of 2²⁰ code points is a request; one more, and it is answered with an error naming the limit
        @Test
        void a_line_longer_than_the_limit_is_answered_with_an_error_that_names_it() {
            String prefix = "{\"id\": \"";
            String suffix = "\", \"program\": \"a * 2\", \"at\": {\"a\": 3}}";
            int padding = (1 << 20) - prefix.length() - suffix.length();
            String atTheLimit = prefix + "𝑥".repeat(padding) + suffix;
            String overTheLimit = prefix + "𝑥".repeat(padding + 1) + suffix;
            Run run = withInput(atTheLimit + "\n" + overTheLimit + "\n{\"id\": 3, \"program\": \"a\", \"at\": {\"a\": 1}}\n",
                    "--lang", "en", "grad", "--batch");
            List<JsonObject> answers = run.jsonLines();
            assertThat(answers).hasSize(3);
            assertThat(answers.get(0).get("value").getAsDouble()).as("a line of exactly 1048576 code points").isEqualTo(6.0);
            assertThat(answers.get(1).toString()).isEqualTo("{\"id\":null,\"error\":{\"message\":\"the line has 1048577 characters, "
                    + "more than the 1048576 a request line may have; send a shorter program, or split the work into several requests\","
                    + "\"line\":1,\"column\":1048577}}");
            assertThat(answers.get(2).get("value").getAsDouble()).isEqualTo(1.0);
            assertThat(withInput(overTheLimit + "\n", "--lang", "es", "grad", "--batch").jsonLines().get(0).getAsJsonObject("error")
                    .get("message").getAsString()).startsWith("la línea tiene 1048577 caracteres, más que los 1048576");
        }

        // lines end at \n, \r\n or \r, as BufferedReader.readLine reads them; the last may end without one
        @Test
        void lines_end_at_a_line_feed_a_carriage_return_or_both() {
            String request = "{\"id\": %d, \"program\": \"a\", \"at\": {\"a\": 1}}";
            String input = String.format(request + "\r\n" + request + "\r" + request + "\n\r\n" + request, 1, 2, 3, 4);
            assertThat(withInput(input, "grad", "--batch").jsonLines()).extracting(answer -> answer.get("id").getAsInt())
                    .containsExactly(1, 2, 3, 4);
        }

        // a 100 MB line through a JVM of 16 MB heap: answered with the limit, and the next line too
        @Test
        void a_hundred_megabyte_line_is_answered_in_bounded_memory(@TempDir Path folder) throws Exception {
            String prefix = "{\"id\": 1, \"program\": \"";
            String suffix = "\"}";
            long length = prefix.length() + 100_000_000L + suffix.length();
            Run run = inAnotherJvm("-Xmx16m", folder, stdin -> {
                stdin.write(prefix.getBytes(StandardCharsets.UTF_8));
                byte[] letters = "a".repeat(1 << 16).getBytes(StandardCharsets.UTF_8);
                for (int written = 0; written < 100_000_000; written += letters.length) {
                    stdin.write(letters, 0, Math.min(letters.length, 100_000_000 - written));
                }
                stdin.write((suffix + "\n{\"id\": 2, \"program\": \"a * 2\", \"at\": {\"a\": 3}}\n").getBytes(StandardCharsets.UTF_8));
            });
            assertThat(run.exit()).as("exit code; standard error: %s", run.err()).isZero();
            assertThat(run.err()).isEmpty();
            assertThat(run.jsonLines()).hasSize(2);
            assertThat(run.jsonLines().get(0).getAsJsonObject("error").get("message").getAsString())
                    .startsWith("the line has " + length + " characters, more than the 1048576");
            assertThat(run.jsonLines().get(1).toString()).isEqualTo("{\"id\":2,\"value\":6.0,\"gradient\":{\"a\":2.0}}");
        }

        // a request under the line limit that needs more than a 24 MB heap: an error answer, then the next request runs
        @Test
        void a_request_that_runs_out_of_memory_is_answered_and_the_next_one_runs(@TempDir Path folder) throws Exception {
            JsonObject huge = new JsonObject();
            huge.addProperty("id", 1);
            huge.addProperty("program", "a" + " + a".repeat(200_000));
            huge.add("at", JsonParser.parseString("{\"a\": 1}"));
            huge.addProperty("symbolic", true);
            Run run = inAnotherJvm("-Xmx24m", folder, stdin -> stdin.write((huge + "\n{\"id\": 2, \"program\": \"a * 2\", "
                    + "\"at\": {\"a\": 3}}\n").getBytes(StandardCharsets.UTF_8)));
            assertThat(run.exit()).as("exit code; standard error: %s", run.err()).isZero();
            assertThat(run.err()).isEmpty();
            assertThat(run.jsonLines()).hasSize(2);
            assertThat(run.jsonLines().get(0).get("id").getAsInt()).isEqualTo(1);
            assertThat(run.jsonLines().get(0).getAsJsonObject("error").get("message").getAsString())
                    .startsWith("this request ran out of memory (Java may use ").contains("MB here); split the program");
            assertThat(run.jsonLines().get(1).toString()).isEqualTo("{\"id\":2,\"value\":6.0,\"gradient\":{\"a\":2.0}}");
        }
    }

    /** What writes a child's standard input. */
    @FunctionalInterface
    interface Input {
        void writeTo(OutputStream stdin) throws IOException;
    }

    /**
     * {@code backprop --lang en grad --batch} in a new JVM with the option {@code heap}: what
     * {@code input} writes is streamed to it, never held here. Standard error goes to a file in
     * {@code folder}, so that it cannot block the child.
     */
    static Run inAnotherJvm(String heap, Path folder, Input input) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, heap, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "--lang", "en", "grad", "--batch");
        builder.environment().remove("JAVA_TOOL_OPTIONS"); // the JVM would announce it on standard error
        Path err = folder.resolve("err.txt");
        Process child = builder.redirectError(err.toFile()).start();
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> {
            try {
                return child.getInputStream().readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try (OutputStream stdin = new BufferedOutputStream(child.getOutputStream(), 1 << 16)) {
            input.writeTo(stdin);
        } catch (IOException brokenPipe) {
            // the child stopped reading, so it died: its exit code and standard error say why
        }
        if (!child.waitFor(60, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            throw new AssertionError("the child JVM did not finish in 60 s");
        }
        return new Run(child.exitValue(), new String(out.join(), StandardCharsets.UTF_8), Files.readString(err));
    }

    @Nested
    class Exit_codes {

        @Test
        void a_program_that_does_not_parse_exits_2_with_a_caret_and_no_stack_trace() {
            Run run = run("--lang", "en", "grad", "y = sine(a)", "a=1");
            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).isEqualTo("unknown function 'sine' at 1:5 — did you mean 'sin'?"
                    + System.lineSeparator() + "  y = sine(a)" + System.lineSeparator() + "      ^\n");
        }

        @Test
        void a_malformed_value_pair_is_a_usage_error() {
            Run run = run("--lang", "en", "grad", "a * b", "a2", "b=1");
            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("malformed input value 'a2'; write name=value, for example a=2\n");
        }

        @Test
        void a_value_that_is_not_a_number_is_a_usage_error() {
            Run run = run("--lang", "en", "grad", "a", "a=two");
            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("the value 'two' in 'a=two' is not a number; write it like 2, -0.5, 1e-3 or inf\n");
        }

        @Test
        void a_name_given_twice_is_a_usage_error() {
            Run run = run("--lang", "en", "grad", "a", "a=1", "a=2");
            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("the input 'a' is given twice; give each input one value\n");
        }

        @Test
        void an_unknown_option_is_a_usage_error() {
            Run run = run("--lang", "en", "grad", "--frobnicate", "a", "a=1");
            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err()).startsWith("unknown option, command or extra argument: --frobnicate\n")
                    .contains("Try 'backprop grad --help' for the options");
            assertThat(run("--lang", "es", "grad", "--frobnicate", "a", "a=1").err())
                    .startsWith("opción, orden o argumento de más desconocido: --frobnicate\n");
        }

        @Test
        void a_missing_program_an_unsupported_order_and_batch_with_a_program_are_usage_errors() {
            assertThat(run("--lang", "en", "grad").err()).startsWith("no PROGRAM to differentiate");
            assertThat(run("--lang", "en", "grad", "--order", "3", "a", "a=1").err())
                    .startsWith("--order 3 is not supported");
            Run batch = run("--lang", "en", "grad", "--batch", "a");
            assertThat(batch.exit()).isEqualTo(2);
            assertThat(batch.err()).startsWith("--batch reads its programs from standard input");
        }

        @Test
        void an_option_value_of_the_wrong_kind_is_a_usage_error() {
            Run run = run("--lang", "en", "grad", "--order", "two", "a", "a=1");
            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err()).startsWith("the arguments are not right: ").contains("'two'")
                    .contains("Try 'backprop grad --help' for the options");
            assertThat(run("--lang", "es", "grad", "--order", "two", "a", "a=1").err())
                    .startsWith("los argumentos no son correctos: ");
        }

        @Test
        void an_unknown_language_is_a_usage_error() {
            Run run = run("--lang", "fr");
            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("unknown language 'fr'; use es or en / idioma desconocido 'fr'; usa es o en.\n");
        }

        @Test
        void debug_adds_the_stack_trace() {
            Run run = run("--lang", "en", "grad", "--debug", "sine(a)", "a=1");
            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err()).contains("unknown function 'sine'").contains("\tat backproplab.");
        }

        @Test
        void a_program_starting_with_minus_goes_after_the_double_dash() {
            Run run = run("grad", "--json", "--", "-a ** 2", "a=3");
            assertThat(run.exit()).isZero();
            assertThat(run.jsonLines().get(0).get("value").getAsDouble()).isEqualTo(-9.0);
        }

        @Test
        void a_picture_folder_that_cannot_be_written_is_bad_input(@TempDir Path folder) throws IOException {
            Path file = Files.writeString(folder.resolve("not-a-folder"), "x");
            Run run = run("--lang", "en", "--pictures", file.resolve("pictures").toString());
            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err()).startsWith("cannot write the picture ").contains("Choose a folder you can write to.");
            Run dot = run("--lang", "es", "grad", "--dot", file.resolve("w.dot").toString(), "a", "a=1");
            assertThat(dot.exit()).isEqualTo(2);
            assertThat(dot.err()).startsWith("no se puede escribir el dibujo ").contains("Elige un archivo en una carpeta");
        }

        @Test
        void an_internal_error_says_so_in_one_line_and_asks_for_a_report() {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Main main = new Main(new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = WithLanguage.in(Language.ENGLISH,
                    () -> main.report(new IllegalStateException("a bug")));
            assertThat(exit).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("internal error: java.lang.IllegalStateException: a bug. "
                    + "Run again with --debug to see where it happened, and report it.\n");
            err.reset();
            WithLanguage.in(Language.ENGLISH, () -> main.report(new IllegalStateException("a bug.")));
            assertThat(err.toString(StandardCharsets.UTF_8)).as("a problem's own period is not doubled")
                    .startsWith("internal error: java.lang.IllegalStateException: a bug. Run again");
        }

        @Test
        void help_exits_0_in_the_chosen_language() {
            Run english = run("--lang", "en", "grad", "--help");
            assertThat(english.exit()).isZero();
            assertThat(english.out()).contains("Usage: backprop grad").contains("--batch");
            assertThat(run("--lang", "es", "--help").out()).contains("Uso: backprop").contains("Órdenes:");
        }
    }
}
