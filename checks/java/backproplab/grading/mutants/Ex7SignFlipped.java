package backproplab.grading.mutants;

import backproplab.course.Backpropagation;
import backproplab.grading.reference.Reference7Training;

/** Exercise 7, gradient descent with the sign flipped: w ← w + rate · ∂L/∂w. */
public final class Ex7SignFlipped extends Reference7Training {

    @Override
    public double[] fitLine(double[] xs, double[] ys, Backpropagation engine, double learningRate, int steps) {
        return super.fitLine(xs, ys, engine, -learningRate, steps);
    }

    @Override
    public double[] fitNeuron(double[][] xs, int[] labels, Backpropagation engine, double learningRate, int steps) {
        return super.fitNeuron(xs, labels, engine, -learningRate, steps);
    }
}
