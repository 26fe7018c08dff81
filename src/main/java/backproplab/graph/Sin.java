package backproplab.graph;

import static backproplab.graph.Formula.X;

/**
 * Sine, sin x.
 *
 * <p>d/dx sin x = cos x.
 */
public final class Sin extends UnaryOperation {

    private static final Rule RULE = Rule.times(X.cos());

    private static final Notation NOTATION = Notation.function("sin", "\\sin\\left(#1\\right)", "SinBackward0");

    Sin(Node x) {
        super(x, apply(x.value()));
    }

    /** The value at x. */
    static double apply(double x) {
        return Math.sin(x);
    }

    @Override
    public Rule rule(int i) {
        return RULE;
    }

    @Override
    public Node withInput(Node x) {
        return x.sin();
    }

    @Override
    public Notation notation() {
        return NOTATION;
    }
}
