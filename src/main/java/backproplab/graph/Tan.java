package backproplab.graph;

import static backproplab.graph.Formula.RESULT;
import static backproplab.graph.Formula.number;

/**
 * Tangent, tan x, with poles at π/2 + kπ.
 *
 * <p>d/dx tan x = 1 + tan² x, written with the result as PyTorch does.
 */
public final class Tan extends UnaryOperation {

    private static final Rule RULE = Rule.times(number(1).add(RESULT.pow(2)));

    private static final Notation NOTATION = Notation.function("tan", "\\tan\\left(#1\\right)", "TanBackward0");

    Tan(Node x) {
        super(x, apply(x.value()));
    }

    /** The value at x. */
    static double apply(double x) {
        return Math.tan(x);
    }

    @Override
    public Rule rule(int i) {
        return RULE;
    }

    @Override
    public Node withInput(Node x) {
        return x.tan();
    }

    @Override
    public Notation notation() {
        return NOTATION;
    }
}
