package backproplab.graph;

import static backproplab.graph.Formula.X;

/**
 * Natural logarithm, ln x, with IEEE semantics: ln 0 = −∞ and ln(−1) = NaN.
 *
 * <p>d/dx ln x = 1 / x, defined for x > 0. As in PyTorch ({@code grad / self}) the gradient is
 * divided by x, not multiplied by 1 / x, so it stays finite for a subnormal x under a small
 * gradient; and the formula is applied everywhere: at 0 it gives +∞, at −1 it gives −1 (not NaN).
 */
public final class Log extends UnaryOperation {

    private static final Rule RULE = Rule.over(X);

    private static final Notation NOTATION = Notation.function("log", "\\ln\\left(#1\\right)", "LogBackward0");

    Log(Node x) {
        super(x, apply(x.value()));
    }

    /** The value at x. */
    static double apply(double x) {
        return Math.log(x);
    }

    @Override
    public Rule rule(int i) {
        return RULE;
    }

    @Override
    public Node withInput(Node x) {
        return x.log();
    }

    @Override
    public Notation notation() {
        return NOTATION;
    }
}
