package backproplab.graph;

/**
 * Sign, sgn x ∈ {−1, 0, 1} (NaN for NaN). It appears in the derivatives of |x| and relu(x).
 *
 * <p>d/dx sgn x = 0 wherever it is defined, as in PyTorch.
 */
public final class Sign extends UnaryOperation {

    private static final Notation NOTATION = Notation.function("sign");

    Sign(Node x) {
        super(x, Math.signum(x.value()));
    }

    @Override
    public Node partial(int i) {
        return Constant.ZERO;
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
