package backproplab.graph;

/**
 * Power with a node exponent, xʸ (PyTorch's {@code pow.Tensor_Tensor}).
 *
 * <p>∂(xʸ)/∂x = y · xʸ⁻¹ and ∂(xʸ)/∂y = xʸ · ln x, defined for x > 0.
 *
 * <p>PyTorch masks two edge cases with value tests ({@code where(y == 0, 0, …)} and
 * {@code where(x == 0 & y >= 0, 0, …)}). A mask on a value is not a formula, and these rules are
 * also the symbolic derivatives, so they are kept textbook-pure: at x = 0 they give what IEEE
 * arithmetic gives (for example ∂/∂y at x = 0, y = 0 is −∞ where PyTorch returns 0). The README's
 * edge-case table lists this difference.
 */
public final class Pow extends BinaryOperation {

    private static final Notation NOTATION = Notation.power();

    Pow(Node x, Node y) {
        super(x, y, Math.pow(x.value(), y.value()));
    }

    @Override
    public Node partial(int i) {
        return i == 0 ? y().mul(x().pow(y().sub(1))) : this.mul(x().log());
    }

    @Override
    public Node withInputs(Node x, Node y) {
        return x.pow(y);
    }

    @Override
    public Notation notation() {
        return NOTATION;
    }
}
