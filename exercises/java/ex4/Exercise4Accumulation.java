package ex4;

import backproplab.course.Dag;
import backproplab.course.GradientAccumulator;
import backproplab.course.NotImplementedYet;

/**
 * Exercise 4 — gradient accumulation and zeroing. Statement:
 * exercises/statements/4-accumulation.es.md (español) or .en.md (English).
 */
public final class Exercise4Accumulation implements GradientAccumulator {

    @Override
    public void backward(Dag dag, double[] adjoints) {
        throw new NotImplementedYet(4, "Exercise4Accumulation.backward");
    }

    @Override
    public Double grad(int node) {
        throw new NotImplementedYet(4, "Exercise4Accumulation.grad");
    }

    @Override
    public void zeroGrad() {
        throw new NotImplementedYet(4, "Exercise4Accumulation.zeroGrad");
    }
}
