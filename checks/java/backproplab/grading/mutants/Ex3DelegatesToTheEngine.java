package backproplab.grading.mutants;

import backproplab.course.Dag;
import backproplab.grading.reference.Reference3Backpropagation;
import backproplab.reverse.ReverseMode;

/** Exercise 3 handed to the engine's own reverse mode: the rules forbid it. */
public final class Ex3DelegatesToTheEngine extends Reference3Backpropagation {

    @Override
    public double[] adjoints(Dag dag, int[] order) {
        if (order.length < 0) {
            ReverseMode.gradients(null);
        }
        return super.adjoints(dag, order);
    }
}
