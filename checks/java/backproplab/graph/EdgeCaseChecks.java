package backproplab.graph;

import static org.assertj.core.api.Assertions.assertThat;

import backproplab.lang.Inputs;
import backproplab.lang.Program;
import backproplab.reverse.Gradients;
import backproplab.reverse.ReverseMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The IEEE edge cases: no exception, NaN and infinities flow as in PyTorch. Each expected value is
 * what PyTorch's derivative formula (derivatives.yaml, quoted in each row) gives under IEEE
 * arithmetic. The table in the README is generated from these rows and checked against them.
 */
class EdgeCaseChecks {

    private static final double INF = Double.POSITIVE_INFINITY;
    private static final double NAN = Double.NaN;

    /**
     * One row: an expression of x and y, the point, the expected value and partials, and where
     * they come from. Both partials are checked, even where y is unused (its partial is then 0).
     */
    record Row(String at, double x, double y, BiFunction<Node, Node, Node> expression,
            double value, double dx, double dy, String why) {

        Node build(Leaf xLeaf, Leaf yLeaf) {
            return expression.apply(xLeaf, yLeaf);
        }

        String text() {
            return Infix.print(build(Leaf.of("x", x), Leaf.of("y", y)));
        }

        boolean usesY() {
            return Graphs.leaves(build(Leaf.of("x", x), Leaf.of("y", y))).stream().anyMatch(l -> l.name().equals("y"));
        }

        @Override
        public String toString() {
            return text() + " at " + at;
        }

        String markdown() {
            String gradient = usesY() ? "∂x " + show(dx) + ", ∂y " + show(dy) : show(dx);
            return "| `" + text() + "` | " + at + " | " + show(value) + " | " + gradient + " | " + why + " |";
        }

        private static String show(double d) {
            if (Double.isNaN(d)) {
                return "NaN";
            }
            if (Double.isInfinite(d)) {
                return d > 0 ? "+∞" : "−∞";
            }
            return Infix.number(d);
        }
    }

    static List<Row> rows() {
        return List.of(
                new Row("x = 0", 0, 0, (x, y) -> x.log(), -INF, INF, 0, "`grad / x` = 1/0"),
                new Row("x = −1", -1, 0, (x, y) -> x.log(), NAN, -1, 0, "`grad / x` = 1/(−1), not NaN"),
                new Row("x = 0", 0, 0, (x, y) -> x.sqrt(), 0, INF, 0, "`grad / (2·result)` = 1/0"),
                new Row("x = −1", -1, 0, (x, y) -> x.sqrt(), NAN, NAN, 0, "`grad / (2·result)` = 1/NaN"),
                new Row("x = 0", 0, 0, (x, y) -> x.pow(0), 1, 0, 0,
                        "`pow_backward`: exponent 0 gives 0, even at x = 0; also for `x ** (1 - 1)` or `x ** -(0)`, folded to 0 as Python folds them"),
                new Row("x = 0", 0, 0, (x, y) -> x.pow(0.5), 0, INF, 0, "0.5 · 0^−0.5 = +∞"),
                new Row("x = −3", -3, 0, (x, y) -> x.pow(2), 9, -6, 0, "2 · (−3)¹"),
                new Row("x = −3", -3, 0, (x, y) -> x.pow(0.5), NAN, NAN, 0, "(−3)^−0.5 is NaN"),
                new Row("x = 0", 0, 0, (x, y) -> x.relu(), 0, 0, 0, "`threshold_backward`: x ≤ 0 gives 0"),
                new Row("x = 0", 0, 0, (x, y) -> x.abs(), 0, 0, 0, "`grad · sgn(x)`, sgn 0 = 0"),
                new Row("x = 0", 0, 0, (x, y) -> x.sign(), 0, 0, 0, "zero everywhere"),
                new Row("x = 1, y = 0", 1, 0, (x, y) -> x.div(y), INF, INF, -INF, "∂x: 1/0; ∂y: −(1/0)/0"),
                new Row("x = 0, y = 0", 0, 0, (x, y) -> x.div(y), NAN, INF, NAN, "∂x: 1/0; ∂y: −(0/0)/0"),
                new Row("x = −1000", -1000, 0, (x, y) -> x.sigmoid(), 0, 0, 0, "e¹⁰⁰⁰ overflows to +∞, 1/(1+∞) = 0; (1−0)·0"),
                new Row("x = 1000", 1000, 0, (x, y) -> x.sigmoid(), 1, 0, 0, "(1−1)·1"),
                new Row("x = 1000", 1000, 0, (x, y) -> x.tanh(), 1, 0, 0, "1 − 1²"),
                new Row("x = 1000", 1000, 0, (x, y) -> x.exp(), INF, INF, 0, "the result itself"),
                new Row("x = NaN", NAN, 0, (x, y) -> x.sign(), 0, 0, 0, "`(0 < x) − (x < 0)` = 0; `zeros_like`"),
                new Row("x = NaN", NAN, 0, (x, y) -> x.relu(), NAN, 1, 0, "`threshold_backward`: NaN ≤ 0 is false, the gradient passes"),
                new Row("x = NaN", NAN, 0, (x, y) -> x.abs(), NAN, 0, 0, "`grad · sgn(x)`, sgn NaN = 0"),
                new Row("x = 2, y = ∞", 2, INF, (x, y) -> x.sign().mul(y), INF, 0, 1,
                        "∂x: `zeros_like`, a structural 0, not ∞ · 0 = NaN"),
                new Row("x = −1, y = ∞", -1, INF, (x, y) -> x.relu().mul(y), NAN, 0, 0,
                        "∂x: `threshold_backward` selects 0, not ∞ · 0"),
                new Row("x = 0, y = ∞", 0, INF, (x, y) -> x.abs().mul(y), NAN, 0, 0,
                        "∂x: a structural 0 where sgn x = 0, not ∞ · 0"),
                new Row("x = 0, y = ∞", 0, INF, (x, y) -> x.pow(0).mul(y), INF, 0, 1,
                        "∂x: `pow_backward`, exponent 0 gives `zeros_like`, not ∞ · 0"),
                new Row("x = 1, y = NaN", 1, NAN, (x, y) -> x.pow(y), 1, NAN, 0,
                        "C's `pow`: 1ʸ = 1 for every y (Java's `Math.pow` gives NaN); ∂y = 1 · ln 1"),
                new Row("x = 1, y = ∞", 1, INF, (x, y) -> x.pow(y), 1, INF, 0, "C's `pow`: 1^∞ = 1; ∂x = ∞ · 1"),
                new Row("x = −1, y = ∞", -1, INF, (x, y) -> x.pow(y), 1, INF, NAN,
                        "C's `pow`: (−1)^∞ = 1 (Java's gives NaN); ∂x = ∞ · 1, ∂y = 1 · ln(−1)"),
                new Row("x = 1, y = −0.0", 1, -0.0, (x, y) -> x.mul(y), -0.0, -0.0, 1,
                        "∂x: `grad * other` = 1 · (−0) = −0, the sign of a zero gradient kept"),
                new Row("x = −0.0", -0.0, 0, (x, y) -> x.pow(0.5), -0.0, -INF, 0,
                        "computed as √x: √−0 = −0; 0.5 · 1/√−0 = −∞"),
                new Row("x = −0.0", -0.0, 0, (x, y) -> x.pow(-0.5), -INF, -INF, 0,
                        "computed as 1/√x: 1/√−0 = −∞; −0.5 · (−0)^−1.5 = −0.5 · ∞"),
                new Row("x = −∞", -INF, 0, (x, y) -> x.pow(0.5), NAN, NAN, 0, "computed as √x: √−∞ = NaN, where `pow` gives +∞"),
                new Row("x = 1.0e-310", 1e-310, 0, (x, y) -> x.log().mul(1e-300), Math.log(1e-310) * 1e-300, 1e-300 / 1e-310, 0,
                        "`grad / x` = 10⁻³⁰⁰ / 10⁻³¹⁰, finite, where 10⁻³⁰⁰ · (1/x) overflows to ∞"),
                new Row("x = 1, y = 1.0e-310", 1, 1e-310, (x, y) -> x.div(y).mul(1e-300), INF, 1e-300 / 1e-310, -INF,
                        "∂x: `grad / other`, finite, where 10⁻³⁰⁰ · (1/y) overflows to ∞"),
                new Row("x = 0, y = 0", 0, 0, (x, y) -> x.pow(y), 1, NAN, -INF,
                        "**differs**: PyTorch masks both to 0; we apply y·x^(y−1) = 0·∞ and x^y·ln x = 1·(−∞)"),
                new Row("x = 0, y = 2", 0, 2, (x, y) -> x.pow(y), 0, 0, NAN,
                        "**differs** in ∂y: PyTorch masks it to 0; we apply x^y·ln x = 0·(−∞)"));
    }

    static Stream<Row> cases() {
        return rows().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void value_and_gradient_follow_ieee_and_pytorchs_formula(Row row) {
        Leaf x = Leaf.of("x", row.x());
        Leaf y = Leaf.of("y", row.y());
        Node f = row.build(x, y);
        Gradients gradients = ReverseMode.gradients(f);
        // Double.valueOf: NaN equals NaN, and 0.0 is not −0.0
        assertThat(f.value()).as("value of %s at %s", row.text(), row.at()).isEqualTo(Double.valueOf(row.value()));
        assertThat(gradients.of(x)).as("∂/∂x of %s at %s", row.text(), row.at()).isEqualTo(Double.valueOf(row.dx()));
        assertThat(gradients.of(y)).as("∂/∂y of %s at %s", row.text(), row.at()).isEqualTo(Double.valueOf(row.dy()));
    }

    /**
     * A constant exponent however it is written: PyTorch gives ∂/∂x = 0 at x = 0 for
     * {@code x ** (1 - 1)} and {@code x ** -(0)} as for {@code x ** 0} (issue 12, checked against
     * PyTorch 2.13), because Python folds the exponent to the number 0.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"x ** 0", "x ** (1 - 1)", "x ** -(0)", "pow(x, 1 - 1)", "x ** (2 * 0)"})
    void a_constant_exponent_has_the_rule_of_a_literal_however_it_is_written(String program) {
        Node f = Program.parse(program, Inputs.of(Map.of("x", 0.0))).output();
        Leaf x = Graphs.leaves(f).get(0);
        assertThat(f.value()).as("value of %s at x = 0", program).isEqualTo(1.0);
        assertThat(ReverseMode.gradients(f).of(x)).as("∂/∂x of %s at x = 0", program).isEqualTo(0.0);
    }

    @Test
    void the_readme_table_lists_every_row() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        for (Row row : rows()) {
            assertThat(readme).as("README row for %s at %s", row.text(), row.at()).contains(row.markdown());
        }
    }

    /** Prints the rows as the README's Markdown table, to paste when a row changes. */
    public static void main(String[] args) {
        System.out.println("| expression | at | value | gradient | PyTorch's formula |");
        System.out.println("|---|---|---|---|---|");
        rows().forEach(row -> System.out.println(row.markdown()));
    }
}
