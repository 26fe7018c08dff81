package backproplab.grading.mutants;

import backproplab.course.Dag;
import backproplab.grading.reference.Reference3Backpropagation;

/** Exercise 3, wrong, that forges its grade through a helper class of its package. */
public final class Ex3HidesWorkInAHelper extends Reference3Backpropagation {

    @Override
    public double[] adjoints(Dag dag, int[] order) {
        Ex3FileHelper.forge();
        return new double[dag.size()];
    }
}
