package backproplab.graph;

/**
 * Rectified linear unit, relu(x) = max(x, 0).
 *
 * <p>d/dx relu(x) = 1 for x > 0 and 0 for x ≤ 0, the subgradient PyTorch chooses at the kink ({@code threshold_backward}: x ≤ 0 gives 0). As a formula: sgn(relu(x)), since relu(x) ≥ 0.
 */
public final class Relu extends UnaryOperation {

    private static final Notation NOTATION = Notation.function("relu");

    Relu(Node x) {
        super(x, Math.max(x.value(), 0.0));
    }

    @Override
    public Node partial(int i) {
        return this.sign();
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
