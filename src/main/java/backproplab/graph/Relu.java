package backproplab.graph;

import static backproplab.graph.Formula.RESULT;

/**
 * Rectified linear unit, relu(x) = max(x, 0).
 *
 * <p>d/dx relu(x) = 1 for x > 0 and 0 for x ≤ 0, the subgradient PyTorch chooses at the kink. As
 * PyTorch's {@code threshold_backward} ({@code result <= 0 ? 0 : grad}) it selects, never
 * multiplies: where x ≤ 0 a structural 0 flows back whatever the gradient, and at x = NaN the
 * gradient passes (NaN ≤ 0 is false). As a formula: sgn(relu(x)), since relu(x) ≥ 0 (which reads
 * 0 at NaN; see {@link Formula#step()}).
 */
public final class Relu extends UnaryOperation {

    private static final Rule RULE = Rule.select(RESULT.step());

    private static final Notation NOTATION = Notation.function("relu", "\\operatorname{relu}\\left(#1\\right)", "ReluBackward0");

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
