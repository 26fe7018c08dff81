package ex7;

import backproplab.course.Backpropagation;
import backproplab.course.Training;
import backproplab.graph.Leaf;
import backproplab.graph.Node;

/** Exercise 7, solved: the loss built as a graph at every step, and a step against its gradient. */
public final class Exercise7Training implements Training {

    @Override
    public double[] fitLine(double[] xs, double[] ys, Backpropagation engine, double learningRate, int steps) {
        double w = 0;
        double b = 0;
        for (int step = 0; step < steps; step++) {
            Leaf wl = Leaf.of("w", w);
            Leaf bl = Leaf.of("b", b);
            Node loss = Node.constant(0);
            for (int i = 0; i < xs.length; i++) {
                loss = loss.add(wl.mul(xs[i]).add(bl).sub(ys[i]).pow(2));
            }
            loss = loss.div(xs.length);
            Backpropagation.Gradient gradient = engine.of(loss);
            w -= learningRate * gradient.wrt(wl);
            b -= learningRate * gradient.wrt(bl);
        }
        return new double[] {w, b};
    }

    @Override
    public double[] fitNeuron(double[][] xs, int[] labels, Backpropagation engine, double learningRate, int steps) {
        double[] theta = new double[3];
        for (int step = 0; step < steps; step++) {
            Leaf w1 = Leaf.of("w1", theta[0]);
            Leaf w2 = Leaf.of("w2", theta[1]);
            Leaf b = Leaf.of("b", theta[2]);
            Node loss = Node.constant(0);
            for (int i = 0; i < xs.length; i++) {
                Node p = w1.mul(xs[i][0]).add(w2.mul(xs[i][1])).add(b).sigmoid();
                loss = loss.sub(labels[i] == 1 ? p.log() : Node.constant(1).sub(p).log());
            }
            loss = loss.div(xs.length);
            Backpropagation.Gradient gradient = engine.of(loss);
            theta[0] -= learningRate * gradient.wrt(w1);
            theta[1] -= learningRate * gradient.wrt(w2);
            theta[2] -= learningRate * gradient.wrt(b);
        }
        return theta;
    }
}
