package backproplab.graph;

import static backproplab.graph.Formula.RESULT;
import static backproplab.graph.Formula.number;

/**
 * Hyperbolic tangent, tanh x.
 *
 * <p>d/dx tanh x = 1 − tanh² x, written with the result as PyTorch does.
 */
public final class Tanh extends UnaryOperation {

    private static final Rule RULE = Rule.times(number(1).sub(RESULT.pow(2)));

    private static final Notation NOTATION = Notation.function("tanh", "\\tanh\\left(#1\\right)", "TanhBackward0");

    Tanh(Node x) {
        super(x, apply(x.value()));
    }

    /** The value at x. */
    static double apply(double x) {
        return Math.tanh(x);
    }

    @Override
    public Rule rule(int i) {
        return RULE;
    }

    @Override
    public Node withInput(Node x) {
        return x.tanh();
    }

    @Override
    public Notation notation() {
        return NOTATION;
    }
}
