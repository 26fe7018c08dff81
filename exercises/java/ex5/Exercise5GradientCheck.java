package ex5;

import backproplab.course.GradientCheck;
import backproplab.course.NotImplementedYet;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;

/**
 * Exercise 5 — numerical gradient check. Statement: exercises/statements/5-gradient-check.es.md
 * (español) or .en.md (English).
 */
public final class Exercise5GradientCheck implements GradientCheck {

    @Override
    public double centralDifference(DoubleUnaryOperator f, double x, double h) {
        throw new NotImplementedYet(5, "Exercise5GradientCheck.centralDifference");
    }

    @Override
    public boolean gradcheck(ToDoubleFunction<double[]> f, double[] x, double[] analytic, double eps, double atol,
            double rtol) {
        throw new NotImplementedYet(5, "Exercise5GradientCheck.gradcheck");
    }
}
