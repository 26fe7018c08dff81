package backproplab.grading.mutants;

import backproplab.grading.reference.Reference1LocalDerivatives;

/** Exercise 1, a wrong sign: d/dx cos x written as sin x. */
public final class Ex1CosineSignFlipped extends Reference1LocalDerivatives {

    @Override
    public double cos(double x) {
        return Math.sin(x);
    }
}
