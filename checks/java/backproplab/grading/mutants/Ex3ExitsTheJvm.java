package backproplab.grading.mutants;

import backproplab.course.Dag;
import backproplab.grading.reference.Reference3Backpropagation;

/** Exercise 3, wrong, that ends the JVM so that no report is written. */
public final class Ex3ExitsTheJvm extends Reference3Backpropagation {

    @Override
    public double[] adjoints(Dag dag, int[] order) {
        if (dag.size() < 0) {
            System.exit(0);
        }
        return new double[dag.size()];
    }
}
