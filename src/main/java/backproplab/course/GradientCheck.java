package backproplab.course;

import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;

/** Exercise 5: checking gradients numerically, as {@code torch.autograd.gradcheck} does. */
public interface GradientCheck {

    /** The central difference (f(x + h) − f(x − h)) / 2h. */
    double centralDifference(DoubleUnaryOperator f, double x, double h);

    /**
     * Whether {@code analytic} is the gradient of {@code f} at {@code x}: for every input i, the
     * central difference with step {@code eps} along input i, nᵢ, satisfies
     * |analyticᵢ − nᵢ| ≤ atol + rtol · |nᵢ|. Leaves {@code x} as it was.
     */
    boolean gradcheck(ToDoubleFunction<double[]> f, double[] x, double[] analytic, double eps, double atol, double rtol);
}
