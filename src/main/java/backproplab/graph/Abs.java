package backproplab.graph;

import static backproplab.graph.Formula.X;

/**
 * Absolute value, |x|.
 *
 * <p>d/dx |x| = sgn x, as PyTorch's {@code grad * self.sgn()}: 0 at the kink x = 0 and at
 * x = NaN. It selects, never multiplies: where sgn x = 0 a structural 0 flows back, even from an
 * infinite or NaN gradient.
 */
public final class Abs extends UnaryOperation {

    private static final Rule RULE = Rule.select(X.sign());

    private static final Notation NOTATION = Notation.function("abs", "\\left|#1\\right|", "AbsBackward0");

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
