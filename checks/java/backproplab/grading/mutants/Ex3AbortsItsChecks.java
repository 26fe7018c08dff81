package backproplab.grading.mutants;

import backproplab.course.Dag;
import backproplab.grading.reference.Reference3Backpropagation;
import org.opentest4j.TestAbortedException;

/** Exercise 3, wrong, that throws JUnit's 'aborted' exception so that its checks are skipped, not failed. */
public final class Ex3AbortsItsChecks extends Reference3Backpropagation {

    @Override
    public double[] adjoints(Dag dag, int[] order) {
        throw new TestAbortedException("skipped");
    }
}
