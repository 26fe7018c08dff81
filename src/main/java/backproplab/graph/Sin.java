package backproplab.graph;

/**
 * Sine, sin x.
 *
 * <p>d/dx sin x = cos x.
 */
public final class Sin extends UnaryOperation {

    private static final Notation NOTATION = Notation.function("sin");

    Sin(Node x) {
        super(x, Math.sin(x.value()));
    }

    @Override
    public Node partial(int i) {
        return x().cos();
    }

    @Override
    public Node withInput(Node x) {
        return x.sin();
    }

    @Override
    public Notation notation() {
        return NOTATION;
    }
}
