package backproplab.symbolic;

import static backproplab.Close.assertClose;
import static org.assertj.core.api.Assertions.assertThat;

import backproplab.Operations;
import backproplab.graph.Graphs;
import backproplab.graph.Infix;
import backproplab.graph.Leaf;
import backproplab.graph.Node;
import backproplab.lang.Inputs;
import backproplab.lang.Program;
import backproplab.reverse.ReverseMode;
import backproplab.spec.RandomGraphs;
import backproplab.spec.Spec;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.DoubleBinaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Symbolic differentiation: derivatives as formulas, as a textbook writes them. */
class SymbolicChecks {

    static final double X = 0.7;
    static final double Y = 1.3;

    static Node parse(String source) {
        return Program.parse(source, Inputs.of(Map.of("x", X, "y", Y))).output();
    }

    static Arguments row(String expression, String wrt, String derivative, DoubleBinaryOperator textbook) {
        return Arguments.of(expression, wrt, derivative, textbook);
    }

    /**
     * The textbook's table of derivatives, one row per operation (and per input of a binary one):
     * the formula the symbolic derivative must print, and the textbook's formula written here by
     * hand with java.lang.Math, to compare its value at x = 0.7, y = 1.3.
     */
    static Stream<Arguments> textbook() {
        return Stream.of(
                row("x + y", "x", "1", (x, y) -> 1),
                row("x + y", "y", "1", (x, y) -> 1),
                row("x - y", "x", "1", (x, y) -> 1),
                row("x - y", "y", "-1", (x, y) -> -1),
                row("x * y", "x", "y", (x, y) -> y),
                row("x * y", "y", "x", (x, y) -> x),
                row("x / y", "x", "1 / y", (x, y) -> 1 / y),
                row("x / y", "y", "-(x / y ** 2)", (x, y) -> -x / (y * y)),
                row("-x", "x", "-1", (x, y) -> -1),
                row("x ** 3", "x", "3 * x ** 2", (x, y) -> 3 * x * x),
                row("x ** 0.5", "x", "0.5 * x ** -0.5", (x, y) -> 0.5 / Math.sqrt(x)),
                row("x ** y", "x", "y * x ** (y - 1)", (x, y) -> y * Math.pow(x, y - 1)),
                row("x ** y", "y", "x ** y * log(x)", (x, y) -> Math.pow(x, y) * Math.log(x)),
                row("sin(x)", "x", "cos(x)", (x, y) -> Math.cos(x)),
                row("cos(x)", "x", "-sin(x)", (x, y) -> -Math.sin(x)),
                row("tan(x)", "x", "tan(x) ** 2 + 1", (x, y) -> 1 / (Math.cos(x) * Math.cos(x))),
                row("exp(x)", "x", "exp(x)", (x, y) -> Math.exp(x)),
                row("log(x)", "x", "1 / x", (x, y) -> 1 / x),
                row("sqrt(x)", "x", "1 / (2 * sqrt(x))", (x, y) -> 0.5 / Math.sqrt(x)),
                row("tanh(x)", "x", "1 - tanh(x) ** 2", (x, y) -> 1 / (Math.cosh(x) * Math.cosh(x))),
                row("sigmoid(x)", "x", "(1 - sigmoid(x)) * sigmoid(x)",
                        (x, y) -> Math.exp(-x) / ((1 + Math.exp(-x)) * (1 + Math.exp(-x)))),
                row("relu(x)", "x", "sign(relu(x))", (x, y) -> x > 0 ? 1 : 0),
                row("abs(x)", "x", "sign(x)", (x, y) -> Math.signum(x)),
                row("sign(x)", "x", "0", (x, y) -> 0));
    }

    @Nested
    class Textbook {

        @ParameterizedTest(name = "d/d{1} {0} = {2}")
        @MethodSource("backproplab.symbolic.SymbolicChecks#textbook")
        void each_operation_differentiates_as_the_textbook_says(String expression, String wrt, String derivative,
                DoubleBinaryOperator textbook) {
            Node f = parse(expression);
            Leaf leaf = Graphs.leaves(f).stream().filter(l -> l.name().equals(wrt)).findFirst().orElseThrow();
            Node d = Derivatives.derivative(f, leaf);
            assertThat(Infix.print(d)).isEqualTo(derivative);
            assertClose(textbook.applyAsDouble(X, Y), d.value(), "d/d" + wrt + " " + expression);
        }

        // every operation o and every input i of o: the textbook has a row d/d(input i) o
        @Test
        void the_textbook_has_a_row_for_every_operation_and_input() {
            Set<String> rows = new HashSet<>();
            textbook().forEach(row -> {
                Node f = parse((String) row.get()[0]);
                for (int i = 0; i < f.arity(); i++) {
                    if (f.input(i) instanceof Leaf leaf && leaf.name().equals(row.get()[1])) {
                        rows.add(f.getClass().getSimpleName() + " ∂/∂input " + i);
                    }
                }
            });
            Leaf x = Leaf.of("x", X);
            Leaf y = Leaf.of("y", Y);
            for (Class<?> type : Operations.all()) {
                for (int i = 0; i < Operations.sample(type, x, y).arity(); i++) {
                    assertThat(rows).as("the textbook's rows").contains(type.getSimpleName() + " ∂/∂input " + i);
                }
            }
        }

        @Test
        void the_notebook_cell_differentiates_to_readable_formulas() {
            Node w = Program.parse("u = v + b; w = a * u", Inputs.of(Map.of("a", 2.0, "b", 1.0, "v", 3.0))).output();
            Map<String, String> printed = new java.util.LinkedHashMap<>();
            Derivatives.gradient(w).forEach((leaf, d) -> printed.put(leaf.name(), Infix.print(d)));
            assertThat(printed).containsExactlyInAnyOrderEntriesOf(Map.of("a", "v + b", "v", "a", "b", "a"));
        }

        @Test
        void the_square_of_sine_differentiates_to_two_sine_cosine() {
            Node f = parse("sin(x) ** 2");
            assertThat(Infix.print(Derivatives.derivative(f, Graphs.leaves(f).get(0)))).isEqualTo("2 * sin(x) * cos(x)");
        }

        @Test
        void the_simplifier_folds_constants_and_applies_identities() {
            assertThat(Infix.print(Simplifier.simplify(parse("x * 1 + 0 * y + 2 * 3 * x - x")))).isEqualTo("6 * x");
            assertThat(Infix.print(Simplifier.simplify(parse("x - x + y / y + x ** 1 + x ** 0")))).isEqualTo("x + 2");
            assertThat(Infix.print(Simplifier.simplify(parse("x * x + -(-y) + (x + 1 + 2)")))).isEqualTo("x ** 2 + y + (x + 3)");
            assertThat(Infix.print(Simplifier.simplify(parse("exp(0) * log(1) + exp(1) + 1 / 3")))).isEqualTo("exp(1) + 1 / 3");
        }

        @Test
        void like_terms_are_collected_across_a_sum_and_through_a_minus_sign() {
            assertThat(Infix.print(Simplifier.simplify(parse("y + 2 * x + x")))).isEqualTo("y + 3 * x");
            assertThat(Infix.print(Simplifier.simplify(parse("x ** 2 - x - x")))).isEqualTo("x ** 2 - 2 * x");
            assertThat(Infix.print(Simplifier.simplify(parse("-x - x")))).isEqualTo("-2 * x");
            assertThat(Infix.print(Simplifier.simplify(parse("y + -(3 * x)")))).isEqualTo("y - 3 * x");
            // d/dx (x³ − x²) = 3x² − 2x, by hand
            Node f = parse("x * x * x - x * x");
            assertThat(Infix.print(Derivatives.derivative(f, Graphs.leaves(f).get(0)))).isEqualTo("-2 * x + 3 * x ** 2");
        }
    }

    @Nested
    class Laws {

        /**
         * Rewriting changes the order of roundings (collecting constants, reassociating): each of the
         * few dozen operations errs by half an ulp of its own operands, so the result moves by at
         * most about 10⁻¹⁴ of the largest intermediate value. 10⁻¹² × (1 + that value) leaves room.
         */
        static final double REWRITING = 1e-12;

        // value(simplify(g)) = value(g)
        @Test
        void simplification_never_changes_a_value() {
            Spec.forAll(RandomGraphs.graphs(), 1000, graph -> {
                Node simplified = Simplifier.simplify(graph.output());
                double largest = Graphs.topologicalOrder(graph.output()).stream()
                        .mapToDouble(n -> Math.abs(n.value())).max().orElse(0);
                double error = Math.abs(simplified.value() - graph.output().value());
                if (!(error <= REWRITING * (1 + largest))) {
                    throw new AssertionError("simplified to " + simplified + " = " + simplified.value()
                            + ", but the graph is " + graph.output().value() + " (tolerance " + REWRITING * (1 + largest) + ")");
                }
            });
        }

        // ∂²f/∂xᵢ∂xⱼ: the Hessian is the gradient of the gradient
        @Test
        void the_hessian_of_a_known_function_is_its_second_derivatives() {
            // f = x²·y + sin(x)·y³: f_xx = 2y − sin(x)·y³, f_xy = 2x + 3cos(x)·y², f_yy = 6 sin(x)·y
            Node f = parse("x ** 2 * y + sin(x) * y ** 3");
            List<Leaf> xy = Graphs.leaves(f).stream().sorted((p, q) -> p.name().compareTo(q.name())).toList();
            Node[][] h = Derivatives.hessian(f, xy);
            assertClose(2 * Y - Math.sin(X) * Y * Y * Y, h[0][0].value(), "f_xx");
            assertClose(2 * X + 3 * Math.cos(X) * Y * Y, h[0][1].value(), "f_xy");
            assertClose(2 * X + 3 * Math.cos(X) * Y * Y, h[1][0].value(), "f_yx");
            assertClose(6 * Math.sin(X) * Y, h[1][1].value(), "f_yy");
        }
    }

    @Nested
    class Sharing {

        @Test
        void the_derivative_of_the_doubling_graph_stays_small() {
            Leaf x = Leaf.of("x", 1.0);
            Node y = x;
            for (int k = 0; k < 60; k++) {
                y = y.add(y);
            }
            Node d = Derivatives.derivative(y, x);
            assertThat(d.value()).isEqualTo(0x1p60);
            assertThat(Graphs.size(d)).isLessThanOrEqualTo(2 * Graphs.size(y));
        }

        @Test
        void a_derivative_shares_the_subexpressions_of_its_function() {
            Node f = parse("sin(x * y) ** 2");
            Node d = Derivatives.derivative(f, Graphs.leaves(f).get(0));
            Node product = f.input(0).input(0);
            assertThat(Graphs.topologicalOrder(d)).contains(product);
        }

        @Test
        void a_long_chain_is_differentiated_symbolically_on_the_default_stack() throws Exception {
            AtomicReference<Throwable> failure = new AtomicReference<>();
            AtomicReference<Double> derivative = new AtomicReference<>();
            Thread thread = new Thread(() -> {
                try {
                    Leaf x = Leaf.of("x", 0.5);
                    Node y = x;
                    for (int k = 0; k < 100_000; k++) {
                        y = y.sin().mul(x);
                    }
                    derivative.set(Derivatives.derivative(y, x).value());
                    assertThat(derivative.get()).isEqualTo(ReverseMode.gradients(y).of(x));
                } catch (Throwable t) {
                    failure.set(t);
                }
            });
            thread.start();
            thread.join();
            assertThat(failure.get()).isNull();
        }
    }
}
