package ex7;

import backproplab.course.Backpropagation;
import backproplab.course.NotImplementedYet;
import backproplab.course.Training;

/**
 * Exercise 7 — training with gradient descent. Statement: exercises/statements/7-training.es.md
 * (español) or .en.md (English).
 */
public final class Exercise7Training implements Training {

    @Override
    public double[] fitLine(double[] xs, double[] ys, Backpropagation engine, double learningRate, int steps) {
        throw new NotImplementedYet(7, "Exercise7Training.fitLine");
    }

    @Override
    public double[] fitNeuron(double[][] xs, int[] labels, Backpropagation engine, double learningRate, int steps) {
        throw new NotImplementedYet(7, "Exercise7Training.fitNeuron");
    }
}
