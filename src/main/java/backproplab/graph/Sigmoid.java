package backproplab.graph;

/**
 * Logistic function, σ(x) = 1 / (1 + e⁻ˣ). For large negative x, e⁻ˣ overflows to +∞ and σ(x) is 0, never NaN.
 *
 * <p>d/dx σ(x) = (1 − σ(x)) · σ(x), written with the result as PyTorch does.
 */
public final class Sigmoid extends UnaryOperation {

    private static final Notation NOTATION = Notation.function("sigmoid");

    Sigmoid(Node x) {
        super(x, 1.0 / (1.0 + Math.exp(-x.value())));
    }

    @Override
    public Node partial(int i) {
        return Constant.ONE.sub(this).mul(this);
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
