package backproplab.torch;

import backproplab.graph.Leaf;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The notebook's {@code torch} module: {@code import static backproplab.torch.Torch.*;} and then
 *
 * <pre>{@code
 * Tensor a = tensor(2.0, REQUIRES_GRAD);       // a = torch.tensor(2.0, requires_grad=True)
 * Tensor y = sin(a.mul(v)).add(exp(b));        // y = torch.sin(a * v) + torch.exp(b)
 * Tensor z = y.pow(2);                         // z = y**2
 * z.backward();                                // z.backward()
 * a.grad();                                    // a.grad
 * }</pre>
 */
public final class Torch {

    /** The flag of {@code requires_grad=True}. */
    public enum RequiresGrad { REQUIRES_GRAD }

    /** {@code requires_grad=True}, for {@link #tensor(double, RequiresGrad)}. */
    public static final RequiresGrad REQUIRES_GRAD = RequiresGrad.REQUIRES_GRAD;

    private static final AtomicLong NAMES = new AtomicLong();

    private Torch() {
    }

    /** {@code torch.tensor(value)}: a leaf that does not require grad. */
    public static Tensor tensor(double value) {
        return leaf(freshName(), value, false);
    }

    /** {@code torch.tensor(value, requires_grad=True)}. */
    public static Tensor tensor(double value, RequiresGrad requiresGrad) {
        return leaf(freshName(), value, true);
    }

    /** A leaf named {@code name}, so that it prints as {@code name} in formulas and pictures. */
    public static Tensor tensor(String name, double value) {
        return leaf(name, value, false);
    }

    /** A named leaf that requires grad. */
    public static Tensor tensor(String name, double value, RequiresGrad requiresGrad) {
        return leaf(name, value, true);
    }

    private static Tensor leaf(String name, double value, boolean requiresGrad) {
        return new Tensor(Leaf.of(name, value, requiresGrad), null, null, Tensor.Origin.LEAF);
    }

    /** {@code with torch.no_grad():}, as a try-with-resources scope. */
    public static NoGrad noGrad() {
        return new NoGrad();
    }

    /** {@code torch.sin(x)}. */
    public static Tensor sin(Tensor x) {
        return x.sin();
    }

    /** {@code torch.cos(x)}. */
    public static Tensor cos(Tensor x) {
        return x.cos();
    }

    /** {@code torch.tan(x)}. */
    public static Tensor tan(Tensor x) {
        return x.tan();
    }

    /** {@code torch.exp(x)}. */
    public static Tensor exp(Tensor x) {
        return x.exp();
    }

    /** {@code torch.log(x)}. */
    public static Tensor log(Tensor x) {
        return x.log();
    }

    /** {@code torch.sqrt(x)}. */
    public static Tensor sqrt(Tensor x) {
        return x.sqrt();
    }

    /** {@code torch.tanh(x)}. */
    public static Tensor tanh(Tensor x) {
        return x.tanh();
    }

    /** {@code torch.sigmoid(x)}. */
    public static Tensor sigmoid(Tensor x) {
        return x.sigmoid();
    }

    /** {@code torch.relu(x)}. */
    public static Tensor relu(Tensor x) {
        return x.relu();
    }

    /** {@code torch.abs(x)}. */
    public static Tensor abs(Tensor x) {
        return x.abs();
    }

    /** {@code torch.sign(x)}. */
    public static Tensor sign(Tensor x) {
        return x.sign();
    }

    /** {@code torch.pow(x, p)}. */
    public static Tensor pow(Tensor x, double p) {
        return x.pow(p);
    }

    /** {@code torch.pow(x, y)}. */
    public static Tensor pow(Tensor x, Tensor y) {
        return x.pow(y);
    }

    /** A name for an unnamed leaf: {@code t1}, {@code t2}, … */
    static String freshName() {
        return "t" + NAMES.incrementAndGet();
    }
}
