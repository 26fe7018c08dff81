package backproplab.graph;

import static backproplab.graph.Formula.X;
import static backproplab.graph.Formula.number;

/**
 * Natural logarithm, ln x, with IEEE semantics: ln 0 = −∞ and ln(−1) = NaN.
 *
 * <p>d/dx ln x = 1 / x, defined for x > 0. As in PyTorch the formula is applied everywhere: at 0 it gives +∞, at −1 it gives −1 (not NaN).
 */
public final class Log extends UnaryOperation {

    private static final Rule RULE = Rule.times(number(1).div(X));

    private static final Notation NOTATION = Notation.function("log");

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
