package backproplab.graph;

/**
 * Difference x − y.
 *
 * <p>∂(x − y)/∂x = 1 and ∂(x − y)/∂y = −1.
 */
public final class Sub extends BinaryOperation {

    private static final Notation NOTATION = Notation.infix("-", Notation.ADDITIVE);

    Sub(Node x, Node y) {
        super(x, y, x.value() - y.value());
    }

    @Override
    public Node partial(int i) {
        return i == 0 ? Constant.ONE : Constant.MINUS_ONE;
    }

    @Override
    public Node withInputs(Node x, Node y) {
        return x.sub(y);
    }

    @Override
    public Notation notation() {
        return NOTATION;
    }
}
