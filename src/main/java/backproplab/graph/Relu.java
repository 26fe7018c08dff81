package backproplab.graph;

import static backproplab.graph.Formula.RESULT;

/**
 * Rectified linear unit, relu(x) = max(x, 0).
 *
 * <p>d/dx relu(x) = 1 for x > 0 and 0 for x ≤ 0, the subgradient PyTorch chooses at the kink ({@code threshold_backward}: x ≤ 0 gives 0). As a formula: sgn(relu(x)), since relu(x) ≥ 0.
 */
public final class Relu extends UnaryOperation {

    private static final Rule RULE = Rule.times(RESULT.sign());

    private static final Notation NOTATION = Notation.function("relu");

    Relu(Node x) {
        super(x, apply(x.value()));
    }

    /** The value at x. */
    static double apply(double x) {
        return Math.max(x, 0.0);
    }

    @Override
    public Rule rule(int i) {
        return RULE;
    }

    @Override
    public Node withInput(Node x) {
        return x.relu();
    }

    @Override
    public Notation notation() {
        return NOTATION;
    }
}
