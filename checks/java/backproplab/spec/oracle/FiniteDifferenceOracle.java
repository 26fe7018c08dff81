package backproplab.spec.oracle;

import backproplab.graph.Leaf;
import backproplab.graph.Node;
import backproplab.spec.GraphCase;
import java.util.List;
import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import org.apache.commons.math3.analysis.differentiation.FiniteDifferencesDifferentiator;
import org.apache.commons.math3.util.Decimal64;

/**
 * Partial derivatives by finite differences (Apache Commons Math
 * {@link FiniteDifferencesDifferentiator}), with a bound on their own error.
 *
 * <p><b>Stencil.</b> Five points, x − 2h … x + 2h. Its truncation error is
 * (h⁴/30)·|f⁽⁵⁾(ξ)|, its rounding error at most (1 + 8 + 8 + 1)/12 · ε · max|f| / h = 1.5 ε max|f| / h
 * (ε = 2⁻⁵² is the spacing of doubles near 1).
 *
 * <p><b>Step.</b> h = 10⁻³ · max(1, |x|), the measured sweet spot of a 5-point stencil (Commons Math
 * notes: 4·10⁻¹³ error on sin·exp), then shortened so that the stencil stays on the smooth side
 * of every guarded argument u of the graph: |∂u/∂x| · 2h ≤ distance(u, boundary) / 4. The step is
 * relative to the input's scale and the stencil stays inside every domain.
 *
 * <p><b>Bound.</b> The truncation error is estimated by Richardson's rule from the same stencil at
 * h and h/2 (for a 4th-order stencil the error at h/2 is about |D(h) − D(h/2)| / 15; we take the
 * whole difference), and the rounding error bounded as above at the smaller step; the comparison
 * tolerance is 4 times their sum, and never below 10⁻⁹ · max(1, |D|).
 */
public final class FiniteDifferenceOracle {

    /** 5 points: a 4th-order central stencil. */
    static final int POINTS = 5;
    /** The step relative to the input's scale. */
    static final double RELATIVE_STEP = 1e-3;
    /** The bound is an estimate; this factor covers what it leaves out. */
    static final double SAFETY = 4;
    /** The smallest tolerance: below this, a double-precision difference says nothing. */
    static final double FLOOR = 1e-9;
    private static final double EPSILON = Math.ulp(1.0);

    /**
     * An estimate of a partial derivative, with its error bound.
     *
     * @param derivative the estimate at the smaller step
     * @param tolerance how far the exact derivative may be from it
     * @param step the smaller step used
     */
    public record Estimate(double derivative, double tolerance, double step) {

        /** Whether {@code exact} is within the tolerance of the estimate. */
        public boolean agreesWith(double exact) {
            return Math.abs(exact - derivative) <= tolerance;
        }
    }

    private FiniteDifferenceOracle() {
    }

    /** ∂output/∂inputs[i] at the generated point of {@code graph}. */
    public static Estimate partial(GraphCase graph, int i) {
        List<Leaf> inputs = graph.inputs();
        double x = inputs.get(i).value();
        double h = RELATIVE_STEP * Math.max(1, Math.abs(x));
        DerivativeStructureOracle slopes = new DerivativeStructureOracle(inputs);
        for (GraphCase.Guard guard : graph.guards()) {
            double slope = Math.abs(slopes.partial(guard.argument(), i));
            if (slope > 0) {
                h = Math.min(h, guard.distance() / (8 * slope));
            }
        }
        UnivariateFunction f = t -> value(graph.output(), inputs, i, t);
        double atH = stencil(f, h, x);
        double atHalf = stencil(f, h / 2, x);
        double largest = 0;
        for (int k = -2; k <= 2; k++) {
            largest = Math.max(largest, Math.abs(f.value(x + k * h)));
        }
        double truncation = Math.abs(atH - atHalf);
        double rounding = 1.5 * EPSILON * largest / (h / 2);
        double tolerance = Math.max(SAFETY * (truncation + rounding), FLOOR * Math.max(1, Math.abs(atHalf)));
        return new Estimate(atHalf, tolerance, h / 2);
    }

    private static double stencil(UnivariateFunction f, double h, double x) {
        return new FiniteDifferencesDifferentiator(POINTS, h).differentiate(f)
                .value(new DerivativeStructure(1, 1, 0, x)).getPartialDerivative(1);
    }

    /** The output with inputs[i] set to t, evaluated with Commons Math's {@link Decimal64}. */
    static double value(Node output, List<Leaf> inputs, int i, double t) {
        Leaf moved = inputs.get(i);
        return new Interpreter<Decimal64>(leaf -> new Decimal64(leaf == moved ? t : leaf.value()), Decimal64.ZERO)
                .evaluate(output).getReal();
    }
}
