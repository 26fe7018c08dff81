package backproplab.graph;

/**
 * Tangent, tan x, with poles at π/2 + kπ.
 *
 * <p>d/dx tan x = 1 + tan² x, written with the result as PyTorch does.
 */
public final class Tan extends UnaryOperation {

    private static final Notation NOTATION = Notation.function("tan");

    Tan(Node x) {
        super(x, Math.tan(x.value()));
    }

    @Override
    public Node partial(int i) {
        return Constant.ONE.add(this.pow(2));
    }

    @Override
    public Node withInput(Node x) {
        return x.tan();
    }

    @Override
    public Notation notation() {
        return NOTATION;
    }
}
