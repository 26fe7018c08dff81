package backproplab.grading.mutants;

import backproplab.course.Partials;
import backproplab.grading.reference.Reference1LocalDerivatives;

/** Exercise 1, a missing factor: d/dy (x / y) written as −1/y². */
public final class Ex1QuotientWithoutX extends Reference1LocalDerivatives {

    @Override
    public Partials div(double x, double y) {
        return new Partials(1 / y, -1 / (y * y));
    }
}
