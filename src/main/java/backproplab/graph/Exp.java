package backproplab.graph;

import static backproplab.graph.Formula.RESULT;

/**
 * Exponential, eˣ.
 *
 * <p>d/dx eˣ = eˣ: the derivative is the result itself.
 */
public final class Exp extends UnaryOperation {

    private static final Rule RULE = Rule.times(RESULT);

    private static final Notation NOTATION = Notation.function("exp", "e^{#1}", "ExpBackward0");

    Exp(Node x) {
        super(x, apply(x.value()));
    }

    /** The value at x. */
    static double apply(double x) {
        return Math.exp(x);
    }

    @Override
    public Rule rule(int i) {
        return RULE;
    }

    @Override
    public Node withInput(Node x) {
        return x.exp();
    }

    @Override
    public Notation notation() {
        return NOTATION;
    }
}
