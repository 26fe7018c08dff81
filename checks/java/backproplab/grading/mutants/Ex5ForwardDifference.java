package backproplab.grading.mutants;

import backproplab.grading.reference.Reference5GradientCheck;
import java.util.function.DoubleUnaryOperator;

/** Exercise 5, a forward difference (f(x + h) − f(x)) / h instead of a central one. */
public final class Ex5ForwardDifference extends Reference5GradientCheck {

    @Override
    public double centralDifference(DoubleUnaryOperator f, double x, double h) {
        return (f.applyAsDouble(x + h) - f.applyAsDouble(x)) / h;
    }
}
