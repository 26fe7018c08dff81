package backproplab.graph;

import static backproplab.graph.Formula.X;
import static backproplab.graph.Formula.Y;

/**
 * Product x · y.
 *
 * <p>∂(x · y)/∂x = y and ∂(x · y)/∂y = x.
 */
public final class Mul extends BinaryOperation {

    private static final Rule DX = Rule.times(Y);
    private static final Rule DY = Rule.times(X);

    private static final Notation NOTATION = Notation.infix("*", Notation.MULTIPLICATIVE, "#1 \\cdot #2", "MulBackward0");

    Mul(Node x, Node y) {
        super(x, y, apply(x.value(), y.value()));
    }

    /** The value at x and y. */
    static double apply(double x, double y) {
        return x * y;
    }

    @Override
    public Rule rule(int i) {
        return i == 0 ? DX : DY;
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
