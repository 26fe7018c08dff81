package backproplab.graph;

import static backproplab.graph.Formula.RESULT;
import static backproplab.graph.Formula.number;

/**
 * Logistic function, σ(x) = 1 / (1 + e⁻ˣ). For large negative x, e⁻ˣ overflows to +∞ and σ(x) is 0, never NaN.
 *
 * <p>d/dx σ(x) = (1 − σ(x)) · σ(x), written with the result as PyTorch does.
 */
public final class Sigmoid extends UnaryOperation {

    private static final Rule RULE = Rule.times(number(1).sub(RESULT).mul(RESULT));

    private static final Notation NOTATION = Notation.function("sigmoid", "\\sigma\\left(#1\\right)", "SigmoidBackward0");

    Sigmoid(Node x) {
        super(x, apply(x.value()));
    }

    /** The value at x. */
    static double apply(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }

    @Override
    public Rule rule(int i) {
        return RULE;
    }

    @Override
    public Node withInput(Node x) {
        return x.sigmoid();
    }

    @Override
    public Notation notation() {
        return NOTATION;
    }
}
