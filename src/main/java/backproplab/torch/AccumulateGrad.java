package backproplab.torch;

/**
 * The one mutable place of the project: the gradient accumulated in a leaf tensor (or in a
 * non-leaf whose gradient is retained) over calls of {@code backward()}, PyTorch's AccumulateGrad.
 * The graph and each backward pass are pure; only this sum changes.
 *
 * <p>Like PyTorch's {@code .grad}, it is undefined (None) until a gradient first reaches it, then
 * {@code grad += ∂y/∂leaf} on every backward pass until it is zeroed.
 */
final class AccumulateGrad {

    private double sum;
    private boolean defined;

    /** {@code .grad += gradient}; the first gradient defines it. */
    void accumulate(double gradient) {
        sum = defined ? sum + gradient : gradient;
        defined = true;
    }

    /** {@code .grad.zero_()}: a defined gradient becomes 0; an undefined one stays undefined. */
    void zero() {
        if (defined) {
            sum = 0.0;
        }
    }

    /** The gradient, or null while undefined. */
    Double value() {
        return defined ? sum : null;
    }
}
