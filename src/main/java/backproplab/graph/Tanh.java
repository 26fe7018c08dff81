package backproplab.graph;

/**
 * Hyperbolic tangent, tanh x.
 *
 * <p>d/dx tanh x = 1 − tanh² x, written with the result as PyTorch does.
 */
public final class Tanh extends UnaryOperation {

    private static final Notation NOTATION = Notation.function("tanh");

    Tanh(Node x) {
        super(x, Math.tanh(x.value()));
    }

    @Override
    public Node partial(int i) {
        return Constant.ONE.sub(this.pow(2));
    }

    @Override
    public Node withInput(Node x) {
        return x.tanh();
    }

    @Override
    public Notation notation() {
        return NOTATION;
    }
}
