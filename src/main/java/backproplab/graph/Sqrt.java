package backproplab.graph;

/**
 * Square root, √x; √x = NaN for x < 0.
 *
 * <p>d/dx √x = 1 / (2√x), written with the result as PyTorch does; +∞ at x = 0.
 */
public final class Sqrt extends UnaryOperation {

    private static final Notation NOTATION = Notation.function("sqrt");

    Sqrt(Node x) {
        super(x, Math.sqrt(x.value()));
    }

    @Override
    public Node partial(int i) {
        return Constant.ONE.div(Constant.TWO.mul(this));
    }

    @Override
    public Node withInput(Node x) {
        return x.sqrt();
    }

    @Override
    public Notation notation() {
        return NOTATION;
    }
}
