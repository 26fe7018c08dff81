package backproplab.graph;

/**
 * Negation −x.
 *
 * <p>d/dx (−x) = −1.
 */
public final class Neg extends UnaryOperation {

    private static final Notation NOTATION = Notation.prefix("-");

    Neg(Node x) {
        super(x, -x.value());
    }

    @Override
    public Node partial(int i) {
        return Constant.MINUS_ONE;
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
