package backproplab.grading.mutants;

import backproplab.grading.reference.Reference5GradientCheck;
import java.util.function.ToDoubleFunction;

/** Exercise 5, gradcheck with an absolute tolerance only: |a − n| ≤ atol. */
public final class Ex5AbsoluteToleranceOnly extends Reference5GradientCheck {

    @Override
    public boolean gradcheck(ToDoubleFunction<double[]> f, double[] x, double[] analytic, double eps, double atol,
            double rtol) {
        return super.gradcheck(f, x, analytic, eps, atol, 0);
    }
}
