package backproplab.graph;

/**
 * Power with a constant exponent, xᵖ (PyTorch's {@code pow.Tensor_Scalar}, {@code x ** 2.0}).
 *
 * <p>d/dx xᵖ = p · xᵖ⁻¹, and exactly 0 when p = 0, even at x = 0 where the formula would give
 * 0 · 0⁻¹ = NaN (PyTorch's {@code pow_backward} makes the same exception). Other edge cases follow
 * IEEE: at x = 0 and p = 0.5 the derivative is +∞; a negative base with a non-integer exponent
 * gives NaN.
 */
public final class PowConst extends UnaryOperation {

    private static final Notation NOTATION = Notation.power();

    private final double exponent;

    PowConst(Node x, double exponent) {
        super(x, Math.pow(x.value(), exponent));
        this.exponent = exponent;
    }

    /** The constant exponent p. */
    public double exponent() {
        return exponent;
    }

    @Override
    public Node partial(int i) {
        if (exponent == 0.0) {
            return Constant.ZERO;
        }
        return Constant.of(exponent).mul(x().pow(exponent - 1));
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
