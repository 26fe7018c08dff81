package ex5;

import backproplab.course.GradientCheck;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;

/** Exercise 5, solved: central differences, and gradcheck's mixed tolerance. */
public final class Exercise5GradientCheck implements GradientCheck {

    @Override
    public double centralDifference(DoubleUnaryOperator f, double x, double h) {
        return (f.applyAsDouble(x + h) - f.applyAsDouble(x - h)) / (2 * h);
    }

    @Override
    public boolean gradcheck(ToDoubleFunction<double[]> f, double[] x, double[] analytic, double eps, double atol,
            double rtol) {
        for (int i = 0; i < x.length; i++) {
            double[] point = x.clone();
            int input = i;
            double numeric = centralDifference(t -> {
                point[input] = t;
                return f.applyAsDouble(point);
            }, x[i], eps);
            if (!(Math.abs(analytic[i] - numeric) <= atol + rtol * Math.abs(numeric))) {
                return false;
            }
        }
        return true;
    }
}
