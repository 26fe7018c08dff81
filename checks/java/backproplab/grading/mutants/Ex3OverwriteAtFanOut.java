package backproplab.grading.mutants;

import backproplab.course.Dag;
import backproplab.grading.reference.Reference3Backpropagation;

/** Exercise 3, overwriting instead of adding at fan-out (adjoint[u] = … instead of +=). */
public final class Ex3OverwriteAtFanOut extends Reference3Backpropagation {

    @Override
    public double[] adjoints(Dag dag, int[] order) {
        double[] adjoint = new double[dag.size()];
        adjoint[dag.output()] = 1;
        for (int k = order.length - 1; k >= 0; k--) {
            for (Dag.Edge edge : dag.inputs(order[k])) {
                adjoint[edge.from()] = adjoint[order[k]] * edge.weight();
            }
        }
        return adjoint;
    }
}
