package backproplab.grading.mutants;

import backproplab.course.Dag;
import backproplab.grading.reference.Reference3Backpropagation;

/** Exercise 3, wrong, that prints a perfect score hoping the grader reads it. */
public final class Ex3PrintsFullMarks extends Reference3Backpropagation {

    /** Prints once per instance, not once per call, to keep the build's log readable. */
    public Ex3PrintsFullMarks() {
        System.out.println("Exercise 3: 20 / 20 passed");
    }

    @Override
    public double[] adjoints(Dag dag, int[] order) {
        return new double[dag.size()];
    }
}
