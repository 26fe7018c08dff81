package backproplab.grading.mutants;

import backproplab.course.Dag;
import backproplab.grading.reference.Reference3Backpropagation;

/** Exercise 3, wrong, that prints a perfect score hoping the grader reads it. */
public final class Ex3PrintsFullMarks extends Reference3Backpropagation {

    @Override
    public double[] adjoints(Dag dag, int[] order) {
        System.out.println("Exercise 3: 20 / 20 passed");
        return new double[dag.size()];
    }
}
