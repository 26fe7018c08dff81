package backproplab.graph;

/**
 * Sign, sgn x ∈ {−1, 0, 1}, with sgn(−0) = 0 and sgn(NaN) = 0 as PyTorch computes it
 * ({@code (0 < x) − (x < 0)}). It appears in the derivatives of |x| and relu(x).
 *
 * <p>d/dx sgn x = 0, a structural 0 as PyTorch's {@code zeros_like(grad)}: nothing flows back,
 * even from an infinite or NaN gradient.
 */
public final class Sign extends UnaryOperation {

    private static final Rule RULE = Rule.ZERO;

    private static final Notation NOTATION = Notation.function("sign", "\\operatorname{sgn}\\left(#1\\right)", "SignBackward0");

    Sign(Node x) {
        super(x, apply(x.value()));
    }

    /** The value at x. */
    static double apply(double x) {
        return x > 0 ? 1.0 : x < 0 ? -1.0 : 0.0;
    }

    @Override
    public Rule rule(int i) {
        return RULE;
    }

    @Override
    public Node withInput(Node x) {
        return x.sign();
    }

    @Override
    public Notation notation() {
        return NOTATION;
    }
}
