package backproplab.graph;

/**
 * Difference x − y.
 *
 * <p>∂(x − y)/∂x = 1 and ∂(x − y)/∂y = −1.
 */
public final class Sub extends BinaryOperation {

    private static final Rule DX = Rule.ONE;
    private static final Rule DY = Rule.MINUS_ONE;

    private static final Notation NOTATION = Notation.infix("-", Notation.ADDITIVE, "#1 - #2", "SubBackward0");

    Sub(Node x, Node y) {
        super(x, y, apply(x.value(), y.value()));
    }

    /** The value at x and y. */
    static double apply(double x, double y) {
        return x - y;
    }

    @Override
    public Rule rule(int i) {
        return i == 0 ? DX : DY;
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
