package backproplab.grading.mutants;

import backproplab.grading.reference.Reference1LocalDerivatives;

/** Exercise 1, d/dx ln x written as 1/x². */
public final class Ex1LogOverSquare extends Reference1LocalDerivatives {

    @Override
    public double log(double x) {
        return 1 / (x * x);
    }
}
