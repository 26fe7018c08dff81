package backproplab.grading.mutants;

import backproplab.course.Dag;
import backproplab.grading.reference.Reference2TopologicalSort;

/** Exercise 2, the order reversed: the output first, the inputs last. */
public final class Ex2OutputFirst extends Reference2TopologicalSort {

    @Override
    public int[] order(Dag dag) {
        int[] order = super.order(dag);
        int[] reversed = new int[order.length];
        for (int k = 0; k < order.length; k++) {
            reversed[k] = order[order.length - 1 - k];
        }
        return reversed;
    }
}
