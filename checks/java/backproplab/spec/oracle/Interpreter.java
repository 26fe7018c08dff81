package backproplab.spec.oracle;

import backproplab.graph.Leaf;
import backproplab.spec.Evaluation;
import java.util.function.Function;
import org.apache.commons.math3.RealFieldElement;

/**
 * Evaluates a graph with Apache Commons Math arithmetic instead of the engine's: every value comes
 * from Commons Math ({@code FastMath} inside {@code DerivativeStructure} and {@code Decimal64}), so
 * the oracles built on it share no arithmetic, and no derivative rule, with the engine.
 *
 * @param <T> Commons Math's number type: {@code DerivativeStructure} for derivatives,
 *     {@code Decimal64} for plain values
 */
final class Interpreter<T extends RealFieldElement<T>> extends Evaluation<T> {

    private final Function<Leaf, T> leaves;
    private final T zero;

    Interpreter(Function<Leaf, T> leaves, T zero) {
        this.leaves = leaves;
        this.zero = zero;
    }

    @Override
    protected T leaf(Leaf leaf) {
        return leaves.apply(leaf);
    }

    @Override
    protected T constant(double value) {
        return zero.add(value);
    }

    @Override
    protected T add(T x, T y) {
        return x.add(y);
    }

    @Override
    protected T sub(T x, T y) {
        return x.subtract(y);
    }

    @Override
    protected T mul(T x, T y) {
        return x.multiply(y);
    }

    @Override
    protected T div(T x, T y) {
        return x.divide(y);
    }

    @Override
    protected T pow(T x, T y) {
        return x.pow(y);
    }

    /** x⁰ = 1 everywhere with derivative 0; Commons Math's pow(0.0) gives NaN at x = 0 (0 · 0⁻¹). */
    @Override
    protected T pow(T x, double p) {
        return p == 0 ? zero.add(1) : x.pow(p);
    }

    @Override
    protected T neg(T x) {
        return x.negate();
    }

    @Override
    protected T sin(T x) {
        return x.sin();
    }

    @Override
    protected T cos(T x) {
        return x.cos();
    }

    @Override
    protected T tan(T x) {
        return x.tan();
    }

    @Override
    protected T exp(T x) {
        return x.exp();
    }

    @Override
    protected T log(T x) {
        return x.log();
    }

    @Override
    protected T sqrt(T x) {
        return x.sqrt();
    }

    @Override
    protected T tanh(T x) {
        return x.tanh();
    }

    @Override
    protected T sigmoid(T x) {
        return x.negate().exp().add(1).reciprocal();
    }

    /** Commons Math has no relu: max(x, 0) with PyTorch's subgradient 0 at the kink. */
    @Override
    protected T relu(T x) {
        return x.getReal() > 0 ? x : x.multiply(0);
    }

    @Override
    protected T abs(T x) {
        return x.abs();
    }

    /** A constant: every derivative of sgn is 0 where it is defined. */
    @Override
    protected T sign(T x) {
        return zero.add(Math.signum(x.getReal()));
    }
}
