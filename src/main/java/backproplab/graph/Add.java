package backproplab.graph;

/**
 * Sum x + y.
 *
 * <p>∂(x + y)/∂x = 1 and ∂(x + y)/∂y = 1.
 */
public final class Add extends BinaryOperation {


    private static final Notation NOTATION = Notation.infix("+", Notation.ADDITIVE, "#1 + #2", "AddBackward0");

    Add(Node x, Node y) {
        super(x, y, apply(x.value(), y.value()));
    }

    /** The value at x and y. */
    static double apply(double x, double y) {
        return x + y;
    }

    @Override
    public Rule rule(int i) {
        return Rule.ONE;
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
