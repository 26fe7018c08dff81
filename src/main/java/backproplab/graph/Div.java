package backproplab.graph;

/**
 * Quotient x / y, with IEEE semantics: 1/0 = +∞ and 0/0 = NaN, no exception.
 *
 * <p>∂(x / y)/∂x = 1 / y and ∂(x / y)/∂y = −(x / y) / y. The second is written with the result,
 * in PyTorch's order ({@code -grad * ((self / other) / other)}), which keeps the edge cases of
 * PyTorch: at 1/0 the partials are +∞ and −∞.
 */
public final class Div extends BinaryOperation {

    private static final Notation NOTATION = Notation.infix("/", Notation.MULTIPLICATIVE);

    Div(Node x, Node y) {
        super(x, y, x.value() / y.value());
    }

    @Override
    public Node partial(int i) {
        return i == 0 ? Constant.ONE.div(y()) : this.div(y()).neg();
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
