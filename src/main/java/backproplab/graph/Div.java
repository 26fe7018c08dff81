package backproplab.graph;

import static backproplab.graph.Formula.RESULT;
import static backproplab.graph.Formula.Y;

/**
 * Quotient x / y, with IEEE semantics: 1/0 = +∞ and 0/0 = NaN, no exception.
 *
 * <p>∂(x / y)/∂x = 1 / y and ∂(x / y)/∂y = −(x / y) / y, as PyTorch writes them: the gradient is
 * divided by y ({@code grad / other}), not multiplied by 1 / y, so it stays finite for a subnormal
 * y under a small gradient; the second is written with the result, in PyTorch's order
 * ({@code -grad * ((self / other) / other)}), which keeps its edge cases: at 1/0 the partials are
 * +∞ and −∞.
 */
public final class Div extends BinaryOperation {

    private static final Rule DX = Rule.over(Y);
    private static final Rule DY = Rule.times(RESULT.div(Y).neg());

    private static final Notation NOTATION = Notation.infix("/", Notation.MULTIPLICATIVE, "\\frac{#1}{#2}", "DivBackward0");

    Div(Node x, Node y) {
        super(x, y, apply(x.value(), y.value()));
    }

    /** The value at x and y. */
    static double apply(double x, double y) {
        return x / y;
    }

    @Override
    public Rule rule(int i) {
        return i == 0 ? DX : DY;
    }

    @Override
    public Node withInputs(Node x, Node y) {
        return x.div(y);
    }

    @Override
    public Notation notation() {
        return NOTATION;
    }
}
