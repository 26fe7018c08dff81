package backproplab.graph;

/**
 * Product x · y.
 *
 * <p>∂(x · y)/∂x = y and ∂(x · y)/∂y = x.
 */
public final class Mul extends BinaryOperation {

    private static final Notation NOTATION = Notation.infix("*", Notation.MULTIPLICATIVE);

    Mul(Node x, Node y) {
        super(x, y, x.value() * y.value());
    }

    @Override
    public Node partial(int i) {
        return i == 0 ? y() : x();
    }

    @Override
    public Node withInputs(Node x, Node y) {
        return x.mul(y);
    }

    @Override
    public Notation notation() {
        return NOTATION;
    }
}
