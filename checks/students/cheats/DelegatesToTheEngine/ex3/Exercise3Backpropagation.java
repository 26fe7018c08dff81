package ex3;

import backproplab.course.Dag;
import backproplab.course.ReverseAccumulation;
import backproplab.graph.Leaf;
import backproplab.reverse.ReverseMode;

/** A cheat: asks the engine's own reverse mode for the adjoint it should compute itself. */
public final class Exercise3Backpropagation implements ReverseAccumulation {

    @Override
    public double[] adjoints(Dag dag, int[] order) {
        double[] adjoint = new double[dag.size()];
        Leaf output = Leaf.of("y", dag.value(dag.output()));
        adjoint[dag.output()] = ReverseMode.gradients(output).of(output);
        return adjoint;
    }
}
