package backproplab.spec;

import backproplab.graph.Leaf;
import backproplab.graph.Node;
import backproplab.reverse.Gradients;
import backproplab.reverse.ReverseMode;
import backproplab.spec.oracle.DerivativeStructureOracle;
import backproplab.spec.oracle.FiniteDifferenceOracle;
import backproplab.symbolic.Derivatives;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Agreement: reverse mode computes the same gradient as three oracles that share no code with it —
 * forward-mode automatic differentiation (Commons Math {@code DerivativeStructure}), finite
 * differences (Commons Math {@code FiniteDifferencesDifferentiator}), and symbolic derivatives
 * evaluated at the point.
 */
class AgreementChecks {

    /** Examples per law: each is a fresh random graph and point. */
    static final int EXAMPLES = 1000;

    /**
     * Reverse mode against forward mode: both are exact but for rounding, done in a different order
     * and with different elementary functions (java.lang.Math against FastMath, each within 1 ulp);
     * on graphs of a few dozen operations the roundings add up to about 10⁻¹⁴ relative. 10⁻¹² leaves
     * two orders of magnitude, and any wrong rule misses by far more. The scale is max(1, |expected|)
     * because a gradient that is exactly 0 one way may be 10⁻¹⁷ the other.
     */
    static final double AGAINST_FORWARD_MODE = 1e-12;

    static void assertAgree(String what, double expected, double actual, double tolerance) {
        double scale = Math.max(1, Math.abs(expected));
        if (!(Math.abs(expected - actual) <= tolerance * scale)) {
            throw new AssertionError(String.format("%s: %s, but reverse mode gives %s (|difference| %.3g > %.1g × %s)",
                    what, expected, actual, Math.abs(expected - actual), tolerance, scale));
        }
    }

    // ∂y/∂xᵢ (reverse mode) = ∂y/∂xᵢ (forward mode)
    @Test
    void reverse_mode_equals_forward_mode() {
        Spec.forAll(RandomGraphs.graphs(), EXAMPLES, graph -> {
            Gradients gradients = ReverseMode.gradients(graph.output());
            DerivativeStructureOracle forward = new DerivativeStructureOracle(graph.inputs());
            assertAgree("value: Commons Math computes", forward.value(graph.output()), graph.output().value(),
                    AGAINST_FORWARD_MODE);
            for (int i = 0; i < graph.inputs().size(); i++) {
                Leaf x = graph.inputs().get(i);
                assertAgree("∂/∂" + x.name() + ": DerivativeStructure computes", forward.partial(graph.output(), i),
                        gradients.of(x), AGAINST_FORWARD_MODE);
            }
        });
    }

    // ∂y/∂xᵢ (reverse mode) ≈ (−y(x+2h) + 8y(x+h) − 8y(x−h) + y(x−2h)) / 12h, within the stencil's error bound
    @Test
    void reverse_mode_agrees_with_finite_differences_within_their_error_bound() {
        Spec.forAll(RandomGraphs.graphs(), EXAMPLES, graph -> {
            Gradients gradients = ReverseMode.gradients(graph.output());
            for (int i = 0; i < graph.inputs().size(); i++) {
                Leaf x = graph.inputs().get(i);
                FiniteDifferenceOracle.Estimate estimate = FiniteDifferenceOracle.partial(graph, i);
                if (!estimate.agreesWith(gradients.of(x))) {
                    throw new AssertionError(String.format(
                            "∂/∂%s: finite differences estimate %s (step %.3g, error bound %.3g), but reverse mode gives %s",
                            x.name(), estimate.derivative(), estimate.step(), estimate.tolerance(), gradients.of(x)));
                }
            }
        });
    }

    // ∂y/∂xᵢ (reverse mode) = (d/dxᵢ y, symbolically) evaluated at the point
    @Test
    void reverse_mode_equals_the_symbolic_derivative_at_the_point() {
        Spec.forAll(RandomGraphs.graphs(), EXAMPLES, graph -> {
            Gradients gradients = ReverseMode.gradients(graph.output());
            Map<Leaf, Node> symbolic = Derivatives.gradient(graph.output());
            for (Leaf x : graph.inputs()) {
                Node derivative = symbolic.get(x);
                double value = derivative == null ? 0.0 : derivative.value();
                assertAgree("∂/∂" + x.name() + ": the symbolic derivative " + derivative + " evaluates to",
                        value, gradients.of(x), AGAINST_FORWARD_MODE);
            }
        });
    }

}
