package backproplab.graph;

/**
 * Cosine, cos x.
 *
 * <p>d/dx cos x = −sin x.
 */
public final class Cos extends UnaryOperation {

    private static final Notation NOTATION = Notation.function("cos");

    Cos(Node x) {
        super(x, Math.cos(x.value()));
    }

    @Override
    public Node partial(int i) {
        return x().sin().neg();
    }

    @Override
    public Node withInput(Node x) {
        return x.cos();
    }

    @Override
    public Notation notation() {
        return NOTATION;
    }
}
