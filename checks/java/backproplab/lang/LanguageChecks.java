package backproplab.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import backproplab.WithLanguage;
import backproplab.graph.Constant;
import backproplab.graph.Graphs;
import backproplab.graph.Infix;
import backproplab.graph.Latex;
import backproplab.graph.Leaf;
import backproplab.graph.Node;
import backproplab.i18n.Language;
import backproplab.spec.GraphCase;
import backproplab.spec.RandomGraphs;
import backproplab.spec.SExpression;
import backproplab.spec.Spec;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The expression language: what a program means, how it fails, and how graphs print back to it. */
class LanguageChecks {

    static final Map<String, Double> AT = Map.of("a", 2.0, "b", 3.0, "c", 5.0);
    static final Leaf A = Leaf.of("a", 2.0);
    static final Leaf B = Leaf.of("b", 3.0);
    static final Leaf C = Leaf.of("c", 5.0);

    static Node parse(String source) {
        return Program.parse(source, Inputs.of(AT)).output();
    }

    static Arguments row(String source, Node expected, double value) {
        return Arguments.of(source, expected, value);
    }

    /** Python's precedence and associativity, each row with the graph it must build and its value by hand. */
    static Stream<Arguments> precedence() {
        Constant two = Constant.of(2);
        Constant three = Constant.of(3);
        return Stream.of(
                row("-a**2", A.pow(2).neg(), -4),
                row("2**3**2", two.pow(three.pow(2)), 512),
                row("(2**3)**2", two.pow(3).pow(2), 64),
                row("a**-b", A.pow(B.neg()), 0.125),
                row("-2**2", two.pow(2).neg(), -4),
                row("(-2)**2", Constant.of(-2).pow(2), 4),
                row("a ^ 2", A.pow(2), 4),
                row("a - b - c", A.sub(B).sub(C), -6),
                row("a - (b - c)", A.sub(B.sub(C)), 4),
                row("a / b / c", A.div(B).div(C), 2.0 / 3 / 5),
                row("a + b * c", A.add(B.mul(C)), 17),
                row("(a + b) * c", A.add(B).mul(C), 25),
                row("-a * b", A.neg().mul(B), -6),
                row("a * -2", A.mul(Constant.of(-2)), -4),
                row("- -a", A.neg().neg(), 2),
                row("+a", A, 2),
                row("2 * 3", two.mul(three), 6),
                row("a ** b ** c", A.pow(B.pow(C)), Math.pow(2, 243)),
                row("pow(a, b)", A.pow(B), 8),
                row("pow(a, 2)", A.pow(2), 4),
                row("torch.sin(a) * torch.exp(b)", A.sin().mul(B.exp()), Math.sin(2) * Math.exp(3)),
                row("x = a; x = x + 1; x * 2", A.add(1).mul(2), 6),
                row("u = b + c\nw = a * u  # the notebook's cell", A.mul(B.add(C)), 16),
                row("(a +\n b) * c", A.add(B).mul(C), 25));
    }

    @Nested
    class Meaning {

        @ParameterizedTest(name = "{0}")
        @MethodSource("backproplab.lang.LanguageChecks#precedence")
        void programs_follow_pythons_precedence_and_associativity(String source, Node expected, double value) {
            Node parsed = parse(source);
            assertThat(Graphs.structurallyEqual(parsed, expected))
                    .as("%s parses as %s, expected %s", source, parsed, expected).isTrue();
            assertThat(parsed.value()).isEqualTo(value);
        }

        @Test
        void the_output_is_the_last_statement_and_the_inputs_are_the_names_used_before_assignment() {
            Program program = Program.parse("u = v + b; w = a * u", Inputs.of(Map.of("a", 2.0, "b", 1.0, "v", 3.0)));
            assertThat(program.outputName()).isEqualTo("w");
            assertThat(program.output().value()).isEqualTo(8.0);
            assertThat(program.inputs()).extracting(Leaf::name).containsExactly("v", "b", "a");
        }

        @Test
        void an_unnamed_output_is_shown_under_a_name_no_input_has() {
            Map<String, Double> at = Map.of("y", 1.0, "f", 2.0, "z", 3.0, "out", 4.0, "a", 5.0);
            assertThat(Program.parse("a * 2", Inputs.of(at)).displayName()).isEqualTo("y");
            assertThat(Program.parse("y * 2", Inputs.of(at)).displayName()).isEqualTo("f");
            assertThat(Program.parse("y * f * z", Inputs.of(at)).displayName()).isEqualTo("out");
            assertThat(Program.parse("y * f * z * out", Inputs.of(at)).displayName()).isEqualTo("output");
            assertThat(Program.parse("w = y * 2", Inputs.of(at)).displayName()).isEqualTo("w");
        }

        // nor a value the program assigns, nor a name the caller shows beside it (an input given a value and not used)
        @Test
        void an_unnamed_output_is_shown_under_a_name_nothing_else_has() {
            Map<String, Double> at = Map.of("a", 5.0, "output", 6.0);
            assertThat(Program.parse("y = a * 2; y + 1", Inputs.of(at)).displayName()).isEqualTo("f");
            assertThat(Program.parse("a * 2", Inputs.of(at)).displayName(List.of("y", "f"))).isEqualTo("z");
            assertThat(Program.parse("y = a; f = y; z = f; out = z; out * output", Inputs.of(at)).displayName())
                    .isEqualTo("output_2");
        }

        @Test
        void a_name_used_twice_is_one_input() {
            Program program = Program.parse("a * a", Inputs.of(AT));
            assertThat(program.inputs()).hasSize(1);
            assertThat(program.output().input(0)).isSameAs(program.output().input(1));
        }

        @Test
        void a_name_assigned_after_its_use_as_an_input_is_still_one_input() {
            Program program = Program.parse("b = a + 1; a = b * 2; a + b", Inputs.of(AT));
            assertThat(program.inputs()).extracting(Leaf::name).containsExactly("a");
            assertThat(program.output().value()).isEqualTo(9.0);
        }

        @Test
        void the_notebook_line_pastes_unchanged() {
            Program program = Program.parse("y = torch.sin(a * v) + torch.exp(b); z = y**2",
                    Inputs.of(Map.of("a", 2.0, "b", 1.0, "v", 3.0)));
            double y = Math.sin(6) + Math.exp(1);
            assertThat(program.output().value()).isEqualTo(y * y);
        }
    }

    /** Names and numbers beyond ASCII letters and finite literals. */
    @Nested
    class Words {

        @Test
        void inputs_may_be_named_in_any_alphabet() {
            Program program = Program.parse("ganancia_α = α * β; ganancia_α + ñ", Inputs.of(Map.of("α", 2.0, "β", 3.0, "ñ", 1.0)));
            assertThat(program.inputs()).extracting(Leaf::name).containsExactly("α", "β", "ñ");
            assertThat(program.output().value()).isEqualTo(2.0 * 3.0 + 1.0);
            assertThat(Infix.print(program.output())).isEqualTo("α * β + ñ");
        }

        // é as one character (U+00E9) and as e + U+0301 is one name; x̂ (x + U+0302) has no composed form and is a name too
        @Test
        void an_accent_written_as_a_combining_mark_belongs_to_the_name() {
            Program program = Program.parse("e\u0301 * 2 + \u00e9 + x\u0302", Inputs.of(Map.of("\u00e9", 3.0, "x\u0302", 1.0)));
            assertThat(program.inputs()).extracting(Leaf::name).containsExactly("\u00e9", "x\u0302");
            assertThat(program.output().value()).isEqualTo(3.0 * 2 + 3.0 + 1.0);
            assertThat(Infix.print(program.output())).isEqualTo("\u00e9 * 2 + \u00e9 + x\u0302");
            assertThat(Program.parse("\u00e9 * 2", Inputs.of(Map.of("e\u0301", 3.0))).output().value()).isEqualTo(6.0);
        }

        // 𝑥 (U+1D465 MATHEMATICAL ITALIC SMALL X) is one letter, though Java holds it in two chars
        @Test
        void a_letter_beyond_the_basic_plane_is_a_letter() {
            Program program = Program.parse("𝑥 * 𝑦 + 𝑥", Inputs.of(Map.of("𝑥", 2.0, "𝑦", 3.0)));
            assertThat(program.inputs()).extracting(Leaf::name).containsExactly("𝑥", "𝑦");
            assertThat(program.output().value()).isEqualTo(2.0 * 3.0 + 2.0);
            assertThat(Infix.print(program.output())).isEqualTo("𝑥 * 𝑦 + 𝑥");
            Program mixed = Program.parse("v_𝑥1 = 𝑥𝑥 * 2; v_𝑥1 + 1", Inputs.of(Map.of("𝑥𝑥", 5.0)));
            assertThat(mixed.inputs()).extracting(Leaf::name).containsExactly("𝑥𝑥");
            assertThat(mixed.output().value()).isEqualTo(11.0);
        }

        // column = 1 + the number of code points before the token on its line
        @Test
        void columns_count_code_points() {
            String source = "𝑥 = a; 𝑥 + q";
            SyntaxError error = syntaxError(source, Language.ENGLISH);
            int column = source.codePointCount(0, source.indexOf('q')) + 1;
            assertThat(column).as("the column in chars would be 14").isEqualTo(12);
            assertThat(error.column()).isEqualTo(column);
            assertThat(error).hasMessage("no value for the input 'q' at 1:12; give it one, for example q=1.5");
            String[] shown = error.withCaret(source).split(System.lineSeparator());
            assertThat(shown[1]).isEqualTo("  " + source);
            assertThat(shown[2]).isEqualTo("  " + " ".repeat(column - 1) + "^");
        }

        @Test
        void only_ascii_digits_are_numbers() {
            // U+0663 is ARABIC-INDIC DIGIT THREE: a digit to Character.isDigit, but not a number here
            assertThat(syntaxError("a * \u0663", Language.ENGLISH))
                    .hasMessageStartingWith("unexpected character '\u0663' (U+0663 ARABIC-INDIC DIGIT THREE) at 1:5");
        }

        @Test
        void inf_and_nan_are_numbers_that_print_back_as_themselves() {
            assertThat(parse("a * inf").value()).isEqualTo(Double.POSITIVE_INFINITY);
            assertThat(parse("-inf").value()).isEqualTo(Double.NEGATIVE_INFINITY);
            assertThat(parse("nan + a").value()).isNaN();
            for (String source : List.of("a * inf", "-inf + a", "nan * b", "(-inf) ** a")) {
                Node graph = parse(source);
                String printed = Infix.print(graph);
                assertThat(printed).isEqualTo(source);
                assertThat(Graphs.structurallyEqual(parse(printed), graph)).as(source).isTrue();
            }
            assertThat(Latex.print(parse("a * inf + nan"))).isEqualTo("a \\cdot \\infty + \\mathrm{NaN}");
        }

        @Test
        void a_leaf_cannot_take_a_word_of_the_language() {
            assertThatThrownBy(() -> Leaf.of("sin", 1.0)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("leaf name 'sin' is a word of the expression language (a function or a constant); "
                            + "choose another name.");
            assertThatThrownBy(() -> Leaf.of("nan", 1.0)).isInstanceOf(IllegalArgumentException.class);
        }

        // drift guard: a function added to the language is a reserved leaf name too
        @Test
        void every_function_of_the_language_is_reserved_for_leaves() {
            for (String function : Functions.names().split(", ")) {
                assertThat(Leaf.RESERVED).as("Leaf.RESERVED lacks the function " + function).contains(function);
            }
            assertThat(Leaf.RESERVED).contains("torch", "inf", "nan");
        }
    }

    /** Every message the language gives, with its position. */
    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of("sine(a)", "unknown function 'sine' at 1:1 — did you mean 'sin'?", 1, 1),
                Arguments.of("a + tahn(b)", "unknown function 'tahn' at 1:5 — did you mean 'tanh'?", 1, 5),
                Arguments.of("foo(a)", "unknown function 'foo' at 1:1; the functions are "
                        + "sin, cos, tan, exp, log, sqrt, tanh, sigmoid, relu, abs, sign, pow", 1, 1),
                Arguments.of("a $ b", "unexpected character '$' at 1:3; a program uses numbers, names, + - * / ** ( ) , = and ;", 1, 3),
                Arguments.of("a − b", "unexpected character '−' (U+2212 MINUS SIGN) at 1:3; a program uses numbers, names, "
                        + "+ - * / ** ( ) , = and ;", 1, 3),
                Arguments.of("a\u00a0+ b", "unexpected character U+00A0 NO-BREAK SPACE at 1:2; a program uses numbers, names, "
                        + "+ - * / ** ( ) , = and ;", 1, 2),
                Arguments.of("𝑥 \u001b[31m", "unexpected character U+001B ESCAPE at 1:3; a program uses numbers, names, "
                        + "+ - * / ** ( ) , = and ;", 1, 3),
                Arguments.of("torch * 2", "'torch' at 1:1 only starts a call such as torch.sin(x); give the input another name", 1, 1),
                Arguments.of("  ", "the program is empty at 1:3; write an expression such as a * (v + b)", 1, 3),
                Arguments.of("a +", "expected a number, a name or '(' at 1:4, found the end of the program", 1, 4),
                Arguments.of("a * )", "expected a number, a name or '(' at 1:5, found ')'", 1, 5),
                Arguments.of("a b", "expected the end of the statement at 1:3, found 'b'; separate statements with ';' or a new line", 1, 3),
                Arguments.of("x = a\n(a + b", "expected ')' at 2:7 to close the '(' at 2:1, found the end of the program", 2, 7),
                Arguments.of("torch.(a)", "expected a function name after 'torch.' at 1:7, found '('", 1, 7),
                Arguments.of("sin + a", "'sin' is a function at 1:1; call it with its argument, as in sin(x)", 1, 1),
                Arguments.of("torch.exp", "'exp' is a function at 1:7; call it with its argument, as in exp(x)", 1, 7),
                Arguments.of("sin(a, b)", "sin takes 1 argument but was given 2 at 1:1", 1, 1),
                Arguments.of("pow(a)", "pow takes 2 arguments but was given 1 at 1:1", 1, 1),
                Arguments.of("exp = a", "cannot assign to 'exp' at 1:1: it is the name of a function; choose another name", 1, 1),
                Arguments.of("a * 1e999", "the number 1e999 at 1:5 is too large for a double (the largest is about 1.8e308)", 1, 5),
                Arguments.of("a;\nb * q", "no value for the input 'q' at 2:5; give it one, for example q=1.5", 2, 5));
    }

    @Nested
    class Errors {

        @ParameterizedTest(name = "[{index}] {0}")
        @MethodSource("backproplab.lang.LanguageChecks#errors")
        void every_error_names_the_problem_and_where(String source, String message, int line, int column) {
            SyntaxError error = syntaxError(source, Language.ENGLISH);
            assertThat(error).hasMessage(message);
            assertThat(error.line()).isEqualTo(line);
            assertThat(error.column()).isEqualTo(column);
        }

        @Test
        void the_caret_stands_under_the_token() {
            SyntaxError error = syntaxError("y = a + sine(b)", Language.ENGLISH);
            assertThat(error.withCaret("y = a + sine(b)")).isEqualTo(
                    "unknown function 'sine' at 1:9 — did you mean 'sin'?" + System.lineSeparator()
                            + "  y = a + sine(b)" + System.lineSeparator()
                            + "          ^");
        }

        @Test
        void errors_speak_spanish_too() {
            assertThat(syntaxError("sine(a)", Language.SPANISH))
                    .hasMessage("función desconocida 'sine' en 1:1 — ¿quisiste decir 'sin'?");
            assertThat(syntaxError("a +", Language.SPANISH))
                    .hasMessage("se esperaba un número, un nombre o '(' en 1:4, pero hay el final del programa");
            assertThat(syntaxError("b * q", Language.SPANISH))
                    .hasMessage("no hay valor para la entrada 'q' en 1:5; dale uno, por ejemplo q=1.5");
            assertThat(syntaxError("a − b", Language.SPANISH)).hasMessageStartingWith("carácter inesperado '−' (U+2212 MINUS SIGN) en 1:3;");
        }
    }

    /** The error {@code source} fails with, its message in {@code language}. */
    static SyntaxError syntaxError(String source, Language language) {
        return WithLanguage.in(language, () -> {
            try {
                parse(source);
            } catch (SyntaxError e) {
                return e;
            }
            throw new AssertionError("expected " + source + " to fail");
        });
    }

    /** Input written to break the reader: huge tokens, invisible characters, random bytes. */
    @Nested
    class Hostile {

        static final int HUGE = 100_000;
        /** How long one line of an error may be, in code points: a sentence, with up to two quotes of 80. */
        static final int SHORT_LINE = 320;

        /** A source with one huge token, and what the message quotes of it: its first 60 and last 20 characters. */
        static Stream<Arguments> hugeTokens() {
            String digits = "1".repeat(HUGE);
            String name = "q".repeat(HUGE);
            String italic = "𝑥".repeat(HUGE);
            return Stream.of(
                    Arguments.of("a * " + digits, "the number " + quoted("1") + " at 1:5 is too large for a double", 1),
                    Arguments.of("b * " + name, "no value for the input '" + quoted("q") + "' at 1:5; give it one, for example "
                            + quoted("q") + "=1.5", 2),
                    Arguments.of(name + "(a)", "unknown function '" + quoted("q") + "' at 1:1; the functions are", 1),
                    Arguments.of("a " + name, "expected the end of the statement at 1:3, found '" + quoted("q") + "';", 1),
                    Arguments.of("(a " + digits, "expected ')' at 1:4 to close the '(' at 1:1, found '" + quoted("1") + "'", 1),
                    Arguments.of("b * " + italic, "no value for the input '" + quoted("𝑥") + "' at 1:5;", 2));
        }

        /** {@code unit} repeated {@link #HUGE} times, as a message quotes it: 60, the count left out, 20. */
        static String quoted(String unit) {
            return unit.repeat(60) + "…[" + (HUGE - 80) + " characters omitted]…" + unit.repeat(20);
        }

        // a message quotes at most 80 code points of a token: its first 60 and its last 20, around how many it left out
        @ParameterizedTest(name = "[{index}] a token of {0}")
        @MethodSource("hugeTokens")
        void a_huge_token_is_quoted_by_its_ends_with_the_count_left_out(String source, String expected, int quotes) {
            SyntaxError error = syntaxError(source, Language.ENGLISH);
            assertThat(error.getMessage()).startsWith(expected);
            assertThat(error.getMessage().codePointCount(0, error.getMessage().length())).isLessThanOrEqualTo(SHORT_LINE);
            assertThat(error.getMessage().split("characters omitted", -1)).hasSize(quotes + 1);
        }

        @Test
        void the_count_left_out_speaks_spanish_too() {
            assertThat(syntaxError("a * " + "1".repeat(HUGE), Language.SPANISH)).hasMessage("el número " + "1".repeat(60) + "…["
                    + (HUGE - 80) + " caracteres omitidos]…" + "1".repeat(20) + " en 1:5 es demasiado grande para un double "
                    + "(el mayor es cerca de 1.8e308)");
        }

        // the caret stands under the column in a window of at most 80 code points of the line, cut with …
        @ParameterizedTest(name = "[{index}] {1}")
        @MethodSource("longLines")
        void on_a_long_line_the_caret_stands_under_the_token_in_a_window_of_it(String source, String where, String before, String after) {
            String[] shown = syntaxError(source, Language.ENGLISH).withCaret(source).split(System.lineSeparator());
            assertThat(shown).hasSize(3);
            String window = shown[1].substring(2);
            assertThat(window).startsWith(before).endsWith(after);
            assertThat(window.codePointCount(0, window.length())).isLessThanOrEqualTo(80 + before.length() + after.length());
            assertThat(shown[2]).isEqualTo("  " + " ".repeat(window.codePointCount(0, window.indexOf('$'))) + "^");
        }

        static Stream<Arguments> longLines() {
            return Stream.of(
                    Arguments.of("x".repeat(1000) + " $ " + "y".repeat(300), "in the middle", "…", "…"),
                    Arguments.of("$ " + "y".repeat(300), "at the start", "", "…"),
                    Arguments.of("y".repeat(300) + " $", "at the end", "…", ""),
                    Arguments.of("𝑥".repeat(1000) + " $ " + "𝑥".repeat(300), "after letters beyond the basic plane", "…", "…"));
        }

        // what cannot be shown as itself (controls, a right-to-left override) is shown as �, one per code point
        @Test
        void an_invisible_character_in_the_line_shows_as_a_replacement_and_the_caret_stays_in_place() {
            String source = "a $ \u001b[31m \u202e b";
            String[] shown = syntaxError(source, Language.ENGLISH).withCaret(source).split(System.lineSeparator());
            assertThat(shown[1]).isEqualTo("  a $ \ufffd[31m \ufffd b");
            assertThat(shown[2]).isEqualTo("    ^");
        }

        // a combining mark is drawn on the letter before it: it takes no column of the caret line
        @Test
        void a_combining_mark_takes_no_room_under_the_caret() {
            String source = "a + # e\u0301";
            SyntaxError error = syntaxError(source, Language.ENGLISH);
            assertThat(error.column()).as("a, space, +, space, #, space, e, the accent: 8 code points before").isEqualTo(9);
            // "a + # é" is 7 cells wide on a terminal; the caret goes in the 8th
            assertThat(error.withCaret(source).split(System.lineSeparator())[2]).isEqualTo("  " + " ".repeat(7) + "^");
        }

        // every byte string reads as a program or fails with a SyntaxError: one short sentence, then the line and a caret
        @Test
        void random_bytes_read_or_fail_with_one_short_sentence() {
            Spec.forAll(RandomBytes.upTo(300), 500, Hostile::readsOrFailsWithOneShortSentence);
        }

        // the same for noise made of the language's own pieces, which gets past the lexer into the parser
        @Test
        void program_like_noise_reads_or_fails_with_one_short_sentence() {
            Spec.forAll(RandomBytes.programLike(60), 1_000, Hostile::readsOrFailsWithOneShortSentence);
        }

        private static void readsOrFailsWithOneShortSentence(byte[] bytes) {
            String source = new String(bytes, StandardCharsets.UTF_8);
            SyntaxError error;
            try {
                Program.parse(source, Inputs.unknown());
                return;
            } catch (SyntaxError e) {
                error = e;
            }
            String[] shown = error.withCaret(source).split(System.lineSeparator(), -1);
            if (shown.length != 3 || !shown[2].endsWith("^")) {
                throw new AssertionError("not a sentence, a line and a caret: " + error.withCaret(source));
            }
            for (String line : shown) {
                if (line.codePointCount(0, line.length()) > SHORT_LINE || line.codePoints().anyMatch(c -> c < ' ' && c != '\t')) {
                    throw new AssertionError("a line too long or with a control character: " + line);
                }
            }
        }
    }

    @Nested
    class Depth {

        @Test
        void a_program_of_a_hundred_thousand_statements_parses_and_runs() {
            StringBuilder source = new StringBuilder("x0 = a\n");
            for (int k = 1; k < 100_000; k++) {
                source.append('x').append(k).append(" = x").append(k - 1).append(" + 1\n");
            }
            Program program = Program.parse(source.toString(), Inputs.of(AT));
            // x_k = a + k, so the last is a + 99999
            assertThat(program.output().value()).isEqualTo(2.0 + 99_999);
        }

        @Test
        void nesting_up_to_the_limit_parses() {
            int depth = Parser.MAX_DEPTH;
            Node parsed = parse("(".repeat(depth - 1) + "a" + ")".repeat(depth - 1));
            assertThat(Graphs.structurallyEqual(parsed, A)).isTrue();
        }

        @Test
        void nesting_beyond_the_limit_stops_with_a_message_not_a_stack_overflow() throws Exception {
            String deep = "(".repeat(100_000) + "a" + ")".repeat(100_000);
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            Thread thread = new Thread(() -> {
                try {
                    thrown.set(syntaxError(deep, Language.ENGLISH));
                } catch (Throwable t) {
                    thrown.set(t);
                }
            });
            thread.start();
            thread.join();
            assertThat(thrown.get()).isInstanceOf(SyntaxError.class)
                    .hasMessage("the expression is nested more than 200 levels deep at 1:201; "
                            + "split it into statements such as t = (...)");
        }

        @Test
        void a_long_chain_of_unary_minus_is_nesting_too() {
            assertThat(syntaxError("-".repeat(1000) + "a", Language.ENGLISH)).hasMessageContaining("nested more than 200 levels");
        }
    }

    @Nested
    class Printing {

        static final int EXAMPLES = 1000;

        // parse(print(g)) ≡ g, for every graph
        @Test
        void printing_then_parsing_gives_back_an_equal_graph() {
            Spec.forAll(RandomGraphs.graphs(3 * RandomGraphs.MAX_OPERATIONS), EXAMPLES, graph -> {
                String text = Infix.print(graph.output());
                Node parsed = Program.parse(text, leavesOf(graph)).output();
                if (!Graphs.structurallyEqual(parsed, graph.output())) {
                    throw new AssertionError("printed as " + text + ", which parses as " + SExpression.of(parsed)
                            + ", but the graph is " + SExpression.of(graph.output()));
                }
            });
        }

        // print(g) uses a parenthesis only where leaving it out changes the graph
        @Test
        void every_parenthesis_printed_is_needed() {
            Spec.forAll(RandomGraphs.graphs(), EXAMPLES, graph -> {
                String text = Infix.print(graph.output());
                for (int open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
                    if (open > 0 && Character.isLetter(text.charAt(open - 1))) {
                        continue;
                    }
                    int close = matching(text, open);
                    String without = text.substring(0, open) + text.substring(open + 1, close) + text.substring(close + 1);
                    Node parsed;
                    try {
                        parsed = Program.parse(without, leavesOf(graph)).output();
                    } catch (SyntaxError e) {
                        continue;
                    }
                    if (Graphs.structurallyEqual(parsed, graph.output())) {
                        throw new AssertionError("the parentheses at " + open + " in " + text + " are not needed");
                    }
                }
            });
        }

        static Stream<Arguments> latex() {
            return Stream.of(
                    Arguments.of("(a + b) ** 2", "\\left(a + b\\right)^{2}"),
                    Arguments.of("exp(a) ** 2", "\\left(e^{a}\\right)^{2}"),
                    Arguments.of("sqrt(a) ** b", "\\left(\\sqrt{a}\\right)^{b}"),
                    Arguments.of("abs(a) ** 2", "\\left(\\left|a\\right|\\right)^{2}"),
                    Arguments.of("sin(a) ** 2", "\\sin\\left(a\\right)^{2}"),
                    Arguments.of("(-2) ** a", "\\left(-2\\right)^{a}"),
                    Arguments.of("2 ** a", "2^{a}"),
                    Arguments.of("(a ** b) ** c", "\\left(a^{b}\\right)^{c}"),
                    Arguments.of("a ** (b + c)", "a^{b + c}"),
                    Arguments.of("-a ** 2", "-a^{2}"),
                    Arguments.of("-(a + b)", "-\\left(a + b\\right)"),
                    Arguments.of("-(a / b)", "-\\frac{a}{b}"),
                    Arguments.of("- -a", "-\\left(-a\\right)"),
                    Arguments.of("a * (b / c)", "a \\cdot \\frac{b}{c}"),
                    Arguments.of("(a / b) * c", "\\frac{a}{b} \\cdot c"),
                    Arguments.of("(a - b) * c", "\\left(a - b\\right) \\cdot c"),
                    Arguments.of("a - (b - c)", "a - \\left(b - c\\right)"),
                    Arguments.of("a / (b + c)", "\\frac{a}{b + c}"),
                    Arguments.of("relu(a) + sign(b) + tanh(c) + cos(a) + tan(b)",
                            "\\operatorname{relu}\\left(a\\right) + \\operatorname{sgn}\\left(b\\right) + "
                                    + "\\tanh\\left(c\\right) + \\cos\\left(a\\right) + \\tan\\left(b\\right)"),
                    Arguments.of("x_1 * rate + big_learning_rate", "x_{1} \\cdot \\mathit{rate} + \\mathit{big}_{learning\\_rate}"),
                    Arguments.of("a_ + _b", "\\mathit{a\\_} + \\mathit{\\_b}"),
                    Arguments.of("1.5e-7 * a + 1e20", "1.5 \\cdot 10^{-7} \\cdot a + 1.0 \\cdot 10^{20}"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("latex")
        void latex_writes_each_form_as_a_textbook_does(String source, String latex) {
            Map<String, Double> values = new HashMap<>(AT);
            for (String name : List.of("x_1", "rate", "big_learning_rate", "a_", "_b")) {
                values.put(name, 1.0);
            }
            assertThat(Latex.print(Program.parse(source, Inputs.of(values)).output())).isEqualTo(latex);
        }

        @Test
        void latex_names_shared_subexpressions_once() {
            Node x = A;
            for (int k = 0; k < 4; k++) {
                x = x.add(x);
            }
            assertThat(Latex.print(x)).isEqualTo("t_{1} = a + a + \\left(a + a\\right) + \\left(a + a + \\left(a + a\\right)\\right)"
                    + " \\\\ t_{1} + t_{1}");
        }

        @Test
        void a_shared_subexpression_is_named_only_when_larger_than_the_inline_limit() {
            // sin(a) + b * -c has 7 nodes (the limit): repeated; sin(a) + b * -c + 1 has 9: named
            Node seven = A.sin().add(B.mul(C.neg()));
            assertThat(Infix.print(seven.mul(seven))).isEqualTo("(sin(a) + b * -c) * (sin(a) + b * -c)");
            Node nine = seven.add(1);
            assertThat(Infix.print(nine.mul(nine))).isEqualTo("t1 = sin(a) + b * -c + 1; t1 * t1");
        }

        @Test
        void whole_numbers_print_without_a_fraction_up_to_ten_to_the_fifteen() {
            assertThat(Infix.number(999_999_999_999_999.0)).isEqualTo("999999999999999");
            assertThat(Infix.number(1e15)).isEqualTo("1.0e15");
            assertThat(Infix.number(-3)).isEqualTo("-3");
            assertThat(Infix.number(-0.0)).isEqualTo("-0.0");
            assertThat(Infix.number(0.0)).isEqualTo("0");
            assertThat(Infix.number(0.1)).isEqualTo("0.1");
        }

        @Test
        void latex_prints_like_a_textbook() {
            assertThat(Latex.print(parse("sin(a) ** 2 / sqrt(b) + exp(-c) * abs(a)")))
                    .isEqualTo("\\frac{\\sin\\left(a\\right)^{2}}{\\sqrt{b}} + e^{-c} \\cdot \\left|a\\right|");
            assertThat(Latex.print(parse("sigmoid(a) - log(b) ** 0.5 * 1.5e-7")))
                    .isEqualTo("\\sigma\\left(a\\right) - \\ln\\left(b\\right)^{0.5} \\cdot 1.5 \\cdot 10^{-7}");
        }

        @Test
        void shared_subexpressions_print_once_as_statements() {
            Node x = A;
            for (int k = 0; k < 6; k++) {
                x = x.add(x);
            }
            String text = Infix.print(x);
            // x₃ = 8a has 15 nodes, more than the inline limit, and is used twice: it is named
            assertThat(text).isEqualTo("t1 = a + a + (a + a) + (a + a + (a + a)); t1 + t1 + (t1 + t1) + (t1 + t1 + (t1 + t1))");
            assertThat(Program.parse(text, Inputs.of(AT)).output().value()).isEqualTo(64 * 2.0);
        }

        private int matching(String text, int open) {
            int depth = 0;
            for (int i = open; i < text.length(); i++) {
                depth += text.charAt(i) == '(' ? 1 : text.charAt(i) == ')' ? -1 : 0;
                if (depth == 0) {
                    return i;
                }
            }
            throw new AssertionError("unbalanced parentheses in " + text);
        }
    }

    /** Inputs that give every name the value it has in the generated graph. */
    static Inputs leavesOf(GraphCase graph) {
        Map<String, Double> values = new HashMap<>();
        graph.inputs().forEach(leaf -> values.put(leaf.name(), leaf.value()));
        return Inputs.of(values);
    }

}
