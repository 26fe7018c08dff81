package backproplab.cli;

import backproplab.graph.Graphs;
import backproplab.graph.Node;
import java.util.Map;
import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import org.apache.commons.math3.analysis.differentiation.FiniteDifferencesDifferentiator;
import org.apache.commons.math3.analysis.differentiation.UnivariateDifferentiableFunction;

/**
 * A finite-difference estimate of ∂output/∂input, to cross-check reverse mode on the command line
 * (Apache Commons Math's {@link FiniteDifferencesDifferentiator}).
 *
 * <p>A 5-point central stencil with spacing h = 10⁻³ · max(1, |x|): its truncation error is
 * O(h⁴) and its rounding error about ε/h, so it agrees with the exact derivative to roughly 10⁻¹¹
 * relative for smooth functions at unit scale (measured in Commons Math's notes: 4·10⁻¹³ for
 * sin·exp). The stencil spans ±2h: within 2h of a kink or a pole it measures something else, and
 * the difference it reports says so.
 */
final class FiniteDifferences {

    static final int POINTS = 5;
    static final double RELATIVE_STEP = 1e-3;

    private FiniteDifferences() {
    }

    /**
     * The estimate of ∂output/∂(the leaf named {@code input}) at its current value; NaN where no
     * stencil can be placed (an input of ±∞ or NaN).
     */
    static double derivative(Node output, String input, double at) {
        if (!Double.isFinite(at)) {
            return Double.NaN;
        }
        UnivariateFunction f = t -> Graphs.substitute(output, Map.of(input, t)).value();
        double step = RELATIVE_STEP * Math.max(1.0, Math.abs(at));
        UnivariateDifferentiableFunction differentiable =
                new FiniteDifferencesDifferentiator(POINTS, step).differentiate(f);
        return differentiable.value(new DerivativeStructure(1, 1, 0, at)).getPartialDerivative(1);
    }
}
