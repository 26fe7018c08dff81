package ex10;

import backproplab.course.Backpropagation;
import backproplab.course.GraphConvolution;
import backproplab.course.NotImplementedYet;

/**
 * Exercise 10 — a graph convolutional network on Zachary's karate club. Statement:
 * exercises/statements/10-gcn.es.md (español) or .en.md (English).
 */
public final class Exercise10GraphConvolution implements GraphConvolution {

    @Override
    public double[][] normalizedAdjacency(int nodes, int[][] edges) {
        throw new NotImplementedYet(10, "Exercise10GraphConvolution.normalizedAdjacency");
    }

    @Override
    public double[] train(int nodes, int[][] edges, int[] labelled, int[] labels, int classes, int hidden,
            double learningRate, int steps, long seed, Backpropagation engine) {
        throw new NotImplementedYet(10, "Exercise10GraphConvolution.train");
    }

    @Override
    public double[][] outputs() {
        throw new NotImplementedYet(10, "Exercise10GraphConvolution.outputs");
    }
}
