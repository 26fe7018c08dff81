package backproplab.graph;

import static backproplab.graph.Formula.P;
import static backproplab.graph.Formula.X;
import static backproplab.graph.Formula.number;

/**
 * Power with a constant exponent, xᵖ (PyTorch's {@code pow.Tensor_Scalar}, {@code x ** 2.0}).
 *
 * <p>d/dx xᵖ = p · xᵖ⁻¹, and exactly 0 when p = 0, even at x = 0 where the formula would give
 * 0 · 0⁻¹ = NaN (PyTorch's {@code pow_backward} makes the same exception). Other edge cases follow
 * IEEE: at x = 0 and p = 0.5 the derivative is +∞; a negative base with a non-integer exponent
 * gives NaN.
 */
public final class PowConst extends UnaryOperation {

    /** d/dx xᵖ = p · xᵖ⁻¹. */
    private static final Rule RULE = Rule.times(P.mul(X.pow(P.sub(number(1)))));
    /** d/dx x⁰ = 0. */
    private static final Rule RULE_AT_ZERO = Rule.times(number(0));

    private static final Notation NOTATION = Notation.power();

    private final double exponent;

    PowConst(Node x, double exponent) {
        super(x, apply(x.value(), exponent));
        this.exponent = exponent;
    }

    /** The constant exponent p. */
    public double exponent() {
        return exponent;
    }

    /** The value of xᵖ. */
    static double apply(double x, double p) {
        return Math.pow(x, p);
    }

    @Override
    public Rule rule(int i) {
        return exponent == 0.0 ? RULE_AT_ZERO : RULE;
    }

    @Override
    public Node withInput(Node x) {
        return x.pow(exponent);
    }

    @Override
    public Notation notation() {
        return NOTATION;
    }
}
