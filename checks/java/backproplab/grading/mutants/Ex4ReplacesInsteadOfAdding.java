package backproplab.grading.mutants;

import backproplab.course.Dag;
import backproplab.grading.reference.Reference4Accumulation;

/** Exercise 4, backward() that replaces .grad instead of adding to it. */
public final class Ex4ReplacesInsteadOfAdding extends Reference4Accumulation {

    @Override
    public void backward(Dag dag, double[] adjoints) {
        zeroGrad();
        super.backward(dag, adjoints);
    }
}
