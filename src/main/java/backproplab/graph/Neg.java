package backproplab.graph;

/**
 * Negation −x.
 *
 * <p>d/dx (−x) = −1.
 */
public final class Neg extends UnaryOperation {

    private static final Rule RULE = Rule.MINUS_ONE;

    private static final Notation NOTATION = Notation.prefix("-", "NegBackward0");

    Neg(Node x) {
        super(x, apply(x.value()));
    }

    /** The value at x. */
    static double apply(double x) {
        return -x;
    }

    @Override
    public Rule rule(int i) {
        return RULE;
    }

    @Override
    public Node withInput(Node x) {
        return x.neg();
    }

    @Override
    public Notation notation() {
        return NOTATION;
    }
}
