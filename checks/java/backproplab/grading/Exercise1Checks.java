package backproplab.grading;

import backproplab.course.LocalDerivatives;
import backproplab.course.Partials;
import backproplab.graph.Leaf;
import backproplab.graph.Node;
import backproplab.spec.Laws;
import backproplab.spec.Spec;
import backproplab.spec.oracle.DerivativeStructureOracle;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * Exercise 1, local derivatives: each rule is compared with Commons Math's forward-mode derivative
 * of the same operation ({@code DerivativeStructureOracle}, the specification's oracle) at random
 * points inside its domain.
 */
@Graded(exercise = 1)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Tag("ex1")
public class Exercise1Checks {

    public static final int EXAMPLES = 200;
    /** A formula against forward mode: both round a few operations, so they agree to about 10⁻¹⁵. */
    static final double TOLERANCE = 1e-12;

    /**
     * A point (x, y), x in [−3, 3] and y in [−3, −0.5] ∪ [0.5, 3] (away from 0, for a divisor); the
     * meta-checks draw the same points to build a table of answers for a known seed.
     */
    public static Gen<double[]> points() {
        Gen<double[]> gen = source -> {
            double x = source.next(Constraint.between(-3000, 3000)) / 1000.0;
            double y = source.next(Constraint.between(500, 3000)) / 1000.0;
            return new double[] {x, source.next(Constraint.between(0, 1)) == 0 ? y : -y};
        };
        return gen.describedAs(p -> "x = " + p[0] + ", y = " + p[1]);
    }

    /** The forward-mode partials of {@code f}(x, y) at the point. */
    static double[] forward(double[] p, BinaryOperator<Node> f) {
        Leaf x = Leaf.of("x", p[0]);
        Leaf y = Leaf.of("y", p[1]);
        Node node = f.apply(x, y);
        DerivativeStructureOracle oracle = new DerivativeStructureOracle(List.of(x, y));
        return new double[] {oracle.partial(node, 0), oracle.partial(node, 1)};
    }

    /** The forward-mode derivative of {@code f}(x) at x. */
    static double forward(double x, UnaryOperator<Node> f) {
        Leaf leaf = Leaf.of("x", x);
        return new DerivativeStructureOracle(List.of(leaf)).partial(f.apply(leaf), 0);
    }

    static void compare(String what, double expected, double actual) {
        if (!(Math.abs(expected - actual) <= TOLERANCE * Math.max(1, Math.abs(expected)))) {
            throw Laws.expectedGot(what, expected, actual);
        }
    }

    static void compare(String what, double[] expected, Partials actual) {
        compare(what + ", ∂/∂x", expected[0], actual.dx());
        compare(what + ", ∂/∂y", expected[1], actual.dy());
    }

    // ∂(x + y) = (1, 1), ∂(x · y) = (y, x)
    @Test
    @Order(1)
    @Points(value = 2, hint = "ex1.sumProduct")
    void sum_and_product(LocalDerivatives rules) {
        Sandbox.run(() -> Spec.forAll(points(), EXAMPLES, p -> {
            compare("x + y (x = " + p[0] + ", y = " + p[1] + ")", forward(p, Node::add), rules.add(p[0], p[1]));
            compare("x · y (x = " + p[0] + ", y = " + p[1] + ")", forward(p, Node::mul), rules.mul(p[0], p[1]));
        }));
    }

    // ∂(x / y) = (1/y, −x/y²)
    @Test
    @Order(2)
    @Points(value = 2, hint = "ex1.quotient")
    void quotient(LocalDerivatives rules) {
        Sandbox.run(() -> Spec.forAll(points(), EXAMPLES, p ->
                compare("x / y (x = " + p[0] + ", y = " + p[1] + ")", forward(p, Node::div), rules.div(p[0], p[1]))));
    }

    // d/dx xᵖ = p·xᵖ⁻¹, and 0 for p = 0 even at x = 0
    @Test
    @Order(3)
    @Points(value = 2, hint = "ex1.power")
    void power(LocalDerivatives rules) {
        Sandbox.run(() -> {
            compare("d/dx x⁰ (x = 0)", 0.0, rules.pow(0.0, 0));
            for (double p : new double[] {2, 3, 0.5, -1, 1.5, -2, 0}) {
                Spec.forAll(points(), EXAMPLES / 4, q -> {
                    double x = Math.abs(q[1]);
                    compare("d/dx x^" + p + " (x = " + x + ")", forward(x, u -> u.pow(p)), rules.pow(x, p));
                });
            }
        });
    }

    // d/dx sin x = cos x, d/dx cos x = −sin x
    @Test
    @Order(4)
    @Points(value = 1, hint = "ex1.trig")
    void sine_and_cosine(LocalDerivatives rules) {
        Sandbox.run(() -> Spec.forAll(points(), EXAMPLES, p -> {
            compare("d/dx sin x (x = " + p[0] + ")", forward(p[0], Node::sin), rules.sin(p[0]));
            compare("d/dx cos x (x = " + p[0] + ")", forward(p[0], Node::cos), rules.cos(p[0]));
        }));
    }

    // d/dx eˣ = eˣ, d/dx ln x = 1/x, d/dx tanh x = 1 − tanh² x
    @Test
    @Order(5)
    @Points(value = 2, hint = "ex1.expLogTanh")
    void exponential_logarithm_and_tanh(LocalDerivatives rules) {
        Sandbox.run(() -> Spec.forAll(points(), EXAMPLES, p -> {
            double positive = Math.abs(p[1]);
            compare("d/dx eˣ (x = " + p[0] + ")", forward(p[0], Node::exp), rules.exp(p[0]));
            compare("d/dx ln x (x = " + positive + ")", forward(positive, Node::log), rules.log(positive));
            compare("d/dx tanh x (x = " + p[0] + ")", forward(p[0], Node::tanh), rules.tanh(p[0]));
        }));
    }

    // d/dx relu(x) = 1 for x > 0 and 0 for x ≤ 0 (PyTorch's threshold_backward), d/dx σ(x) = σ(x)(1 − σ(x))
    @Test
    @Order(6)
    @Points(value = 1, hint = "ex1.reluSigmoid")
    void relu_and_sigmoid(LocalDerivatives rules) {
        Sandbox.run(() -> {
            compare("d/dx relu(x) (x = 0)", 0.0, rules.relu(0.0));
            Spec.forAll(points(), EXAMPLES, p -> {
                double away = p[1];
                compare("d/dx relu(x) (x = " + away + ")", away > 0 ? 1.0 : 0.0, rules.relu(away));
                compare("d/dx σ(x) (x = " + p[0] + ")", forward(p[0], Node::sigmoid), rules.sigmoid(p[0]));
            });
        });
    }
}
