package ex3;

import backproplab.course.Dag;
import backproplab.course.ReverseAccumulation;

/** A cheat: right adjoints, but it scribbles over the order the grader gave it. */
public final class Exercise3Backpropagation implements ReverseAccumulation {

    @Override
    public double[] adjoints(Dag dag, int[] order) {
        double[] adjoint = new double[dag.size()];
        adjoint[dag.output()] = 1;
        for (int k = order.length - 1; k >= 0; k--) {
            for (Dag.Edge edge : dag.inputs(order[k])) {
                adjoint[edge.from()] += adjoint[order[k]] * edge.weight();
            }
            order[k] = 0;
        }
        return adjoint;
    }
}
