package ex9;

import backproplab.course.Backpropagation;
import backproplab.course.Classifier;
import backproplab.course.NotImplementedYet;

/**
 * Exercise 9 — a multilayer perceptron on two moons. Statement: exercises/statements/9-mlp.es.md
 * (español) or .en.md (English). Build the network's loss as a graph of
 * {@code backproplab.graph} nodes at every step, and take its gradient with {@code engine}.
 */
public final class Exercise9Classifier implements Classifier {

    @Override
    public double[] train(double[][] points, int[] labels, int hidden, double learningRate, int steps, long seed,
            Backpropagation engine) {
        throw new NotImplementedYet(9, "Exercise9Classifier.train");
    }

    @Override
    public double probability(double x1, double x2) {
        throw new NotImplementedYet(9, "Exercise9Classifier.probability");
    }
}
