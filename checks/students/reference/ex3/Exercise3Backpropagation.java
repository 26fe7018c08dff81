package ex3;

import backproplab.course.Dag;
import backproplab.course.ReverseAccumulation;

/** Exercise 3, solved: adjoints accumulated over the order, from the output back. */
public final class Exercise3Backpropagation implements ReverseAccumulation {

    @Override
    public double[] adjoints(Dag dag, int[] order) {
        double[] adjoint = new double[dag.size()];
        adjoint[dag.output()] = 1;
        for (int k = order.length - 1; k >= 0; k--) {
            int node = order[k];
            for (Dag.Edge edge : dag.inputs(node)) {
                adjoint[edge.from()] += adjoint[node] * edge.weight();
            }
        }
        return adjoint;
    }
}
