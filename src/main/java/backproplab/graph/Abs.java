package backproplab.graph;

import static backproplab.graph.Formula.X;

/**
 * Absolute value, |x|.
 *
 * <p>d/dx |x| = sgn x, which is 0 at the kink x = 0, as PyTorch's {@code sgn}.
 */
public final class Abs extends UnaryOperation {

    private static final Rule RULE = Rule.times(X.sign());

    private static final Notation NOTATION = Notation.function("abs");

    Abs(Node x) {
        super(x, apply(x.value()));
    }

    /** The value at x. */
    static double apply(double x) {
        return Math.abs(x);
    }

    @Override
    public Rule rule(int i) {
        return RULE;
    }

    @Override
    public Node withInput(Node x) {
        return x.abs();
    }

    @Override
    public Notation notation() {
        return NOTATION;
    }
}
