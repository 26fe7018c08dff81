package ex3;

import backproplab.course.Dag;
import backproplab.course.ReverseAccumulation;

/** A cheat: never answers, hoping to stall the grading of everything after it. */
public final class Exercise3Backpropagation implements ReverseAccumulation {

    @Override
    public double[] adjoints(Dag dag, int[] order) {
        double[] adjoint = new double[dag.size()];
        while (adjoint.length >= 0) {
            adjoint[0] += 1;
        }
        return adjoint;
    }
}
