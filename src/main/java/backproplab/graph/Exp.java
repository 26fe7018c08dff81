package backproplab.graph;

/**
 * Exponential, eˣ.
 *
 * <p>d/dx eˣ = eˣ: the derivative is the result itself.
 */
public final class Exp extends UnaryOperation {

    private static final Notation NOTATION = Notation.function("exp");

    Exp(Node x) {
        super(x, Math.exp(x.value()));
    }

    @Override
    public Node partial(int i) {
        return this;
    }

    @Override
    public Node withInput(Node x) {
        return x.exp();
    }

    @Override
    public Notation notation() {
        return NOTATION;
    }
}
