package backproplab.graph;

import static backproplab.graph.Formula.X;

/**
 * Cosine, cos x.
 *
 * <p>d/dx cos x = −sin x.
 */
public final class Cos extends UnaryOperation {

    private static final Rule RULE = Rule.times(X.sin().neg());

    private static final Notation NOTATION = Notation.function("cos", "\\cos\\left(#1\\right)", "CosBackward0");

    Cos(Node x) {
        super(x, apply(x.value()));
    }

    /** The value at x. */
    static double apply(double x) {
        return Math.cos(x);
    }

    @Override
    public Rule rule(int i) {
        return RULE;
    }

    @Override
    public Node withInput(Node x) {
        return x.cos();
    }

    @Override
    public Notation notation() {
        return NOTATION;
    }
}
