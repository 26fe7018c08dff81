package backproplab.graph;

import static backproplab.graph.Formula.RESULT;
import static backproplab.graph.Formula.X;
import static backproplab.graph.Formula.Y;
import static backproplab.graph.Formula.number;

/**
 * Power with a node exponent, xʸ (PyTorch's {@code pow.Tensor_Tensor}).
 *
 * <p>The value is C's {@code pow}, as PyTorch's: 1ʸ = 1 for every y, NaN and ±∞ too.
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

    private static final Rule DX = Rule.times(Y.mul(X.pow(Y.sub(number(1)))));
    private static final Rule DY = Rule.times(RESULT.mul(X.log()));

    private static final Notation NOTATION = Notation.power("PowBackward1");

    Pow(Node x, Node y) {
        super(x, y, apply(x.value(), y.value()));
    }

    /** The value at x and y. */
    static double apply(double x, double y) {
        // C's pow (and so PyTorch's): 1ʸ = 1 for every y, NaN too, and (−1)^±∞ = 1, where Java's
        // Math.pow gives NaN
        if (x == 1.0 || x == -1.0 && Double.isInfinite(y)) {
            return 1.0;
        }
        return Math.pow(x, y);
    }

    @Override
    public Rule rule(int i) {
        return i == 0 ? DX : DY;
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
