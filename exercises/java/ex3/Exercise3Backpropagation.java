package ex3;

import backproplab.course.Dag;
import backproplab.course.NotImplementedYet;
import backproplab.course.ReverseAccumulation;

/**
 * Exercise 3 — backpropagation. Statement: exercises/statements/3-backpropagation.es.md (español)
 * or .en.md (English).
 */
public final class Exercise3Backpropagation implements ReverseAccumulation {

    @Override
    public double[] adjoints(Dag dag, int[] order) {
        throw new NotImplementedYet(3, "Exercise3Backpropagation.adjoints");
    }
}
