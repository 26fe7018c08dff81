package backproplab.graph;

import static backproplab.graph.Formula.number;

/**
 * Sign, sgn x ∈ {−1, 0, 1} (NaN for NaN). It appears in the derivatives of |x| and relu(x).
 *
 * <p>d/dx sgn x = 0 wherever it is defined, as in PyTorch.
 */
public final class Sign extends UnaryOperation {

    private static final Rule RULE = Rule.times(number(0));

    private static final Notation NOTATION = Notation.function("sign");

    Sign(Node x) {
        super(x, apply(x.value()));
    }

    /** The value at x. */
    static double apply(double x) {
        return Math.signum(x);
    }

    @Override
    public Rule rule(int i) {
        return RULE;
    }

    @Override
    public Node withInput(Node x) {
        return x.sign();
    }

    @Override
    public Notation notation() {
        return NOTATION;
    }
}
