package backproplab.graph;

import static backproplab.graph.Formula.P;
import static backproplab.graph.Formula.X;
import static backproplab.graph.Formula.number;

/**
 * Power with a constant exponent, xᵖ (PyTorch's {@code pow.Tensor_Scalar}, {@code x ** 2.0}).
 *
 * <p>The value is C's {@code pow}, as PyTorch's, except that x^0.5 is √x and x^−0.5 is 1/√x, as
 * PyTorch computes them: so (−0)^0.5 = −0, (−0)^−0.5 = −∞ and (−∞)^0.5 = NaN (where {@code pow}
 * gives +0, +∞ and +∞).
 *
 * <p>d/dx xᵖ = p · xᵖ⁻¹, and a structural 0 when p = 0, whatever x and the gradient (PyTorch's
 * {@code pow_backward} returns {@code zeros_like}): the formula would give 0 · 0⁻¹ = NaN at x = 0.
 * Other edge cases follow IEEE: at x = 0 and p = 0.5 the derivative is +∞; a negative base with a
 * non-integer exponent gives NaN.
 */
public final class PowConst extends UnaryOperation {

    /** d/dx xᵖ = p · xᵖ⁻¹. */
    private static final Rule RULE = Rule.times(P.mul(X.pow(P.sub(number(1)))));
    /** d/dx x⁰ = 0. */
    private static final Rule RULE_AT_ZERO = Rule.ZERO;

    private static final Notation NOTATION = Notation.power("PowBackward0");

    PowConst(Node x, double exponent) {
        super(x, apply(x.value(), exponent), exponent);
    }

    /** The constant exponent p. */
    public double exponent() {
        return parameter();
    }

    /** The value of xᵖ. */
    static double apply(double x, double p) {
        if (p == 0.5) {
            return Math.sqrt(x);
        }
        if (p == -0.5) {
            return 1.0 / Math.sqrt(x);
        }
        return Pow.apply(x, p);
    }

    @Override
    public Rule rule(int i) {
        return parameter() == 0.0 ? RULE_AT_ZERO : RULE;
    }

    @Override
    public Node withInput(Node x) {
        return x.pow(parameter());
    }

    @Override
    public Notation notation() {
        return NOTATION;
    }
}
