package backproplab.graph;

import static backproplab.graph.Formula.RESULT;
import static backproplab.graph.Formula.number;

/**
 * Square root, √x; √x = NaN for x < 0.
 *
 * <p>d/dx √x = 1 / (2√x), written with the result as PyTorch does, which divides the gradient by
 * 2√x ({@code grad / (2 * result)}); +∞ at x = 0.
 */
public final class Sqrt extends UnaryOperation {

    private static final Rule RULE = Rule.over(number(2).mul(RESULT));

    private static final Notation NOTATION = Notation.function("sqrt", "\\sqrt{#1}", "SqrtBackward0");

    Sqrt(Node x) {
        super(x, apply(x.value()));
    }

    /** The value at x. */
    static double apply(double x) {
        return Math.sqrt(x);
    }

    @Override
    public Rule rule(int i) {
        return RULE;
    }

    @Override
    public Node withInput(Node x) {
        return x.sqrt();
    }

    @Override
    public Notation notation() {
        return NOTATION;
    }
}
