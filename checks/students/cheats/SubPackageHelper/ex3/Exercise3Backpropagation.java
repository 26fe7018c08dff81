package ex3;

import backproplab.course.Dag;
import backproplab.course.ReverseAccumulation;
import ex3.util.Forge;

/** A cheat: hides its file access in a helper class of a sub-package. */
public final class Exercise3Backpropagation implements ReverseAccumulation {

    @Override
    public double[] adjoints(Dag dag, int[] order) {
        Forge.grade();
        return new double[dag.size()];
    }
}
