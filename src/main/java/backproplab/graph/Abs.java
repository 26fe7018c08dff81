package backproplab.graph;

/**
 * Absolute value, |x|.
 *
 * <p>d/dx |x| = sgn x, which is 0 at the kink x = 0, as PyTorch's {@code sgn}.
 */
public final class Abs extends UnaryOperation {

    private static final Notation NOTATION = Notation.function("abs");

    Abs(Node x) {
        super(x, Math.abs(x.value()));
    }

    @Override
    public Node partial(int i) {
        return x().sign();
    }

    @Override
    public Node withInput(Node x) {
        return x.abs();
    }

    @Override
    public Notation notation() {
        return NOTATION;
    }
}
