package backproplab.graph;

/**
 * Sum x + y.
 *
 * <p>∂(x + y)/∂x = 1 and ∂(x + y)/∂y = 1.
 */
public final class Add extends BinaryOperation {

    private static final Notation NOTATION = Notation.infix("+", Notation.ADDITIVE);

    Add(Node x, Node y) {
        super(x, y, x.value() + y.value());
    }

    @Override
    public Node partial(int i) {
        return Constant.ONE;
    }

    @Override
    public Node withInputs(Node x, Node y) {
        return x.add(y);
    }

    @Override
    public Notation notation() {
        return NOTATION;
    }
}
