package ex9;

import backproplab.course.Backpropagation;
import backproplab.course.Classifier;
import backproplab.graph.Constant;
import backproplab.graph.Leaf;
import backproplab.graph.Node;
import java.util.Random;

/** Exercise 9, solved: the loss built as a graph at every step, P = σ(v · tanh(W x + b) + c), and a step against its gradient. */
public final class Exercise9Classifier implements Classifier {

    private double[][] w = new double[0][2];
    private double[] b = new double[0];
    private double[] v = new double[0];
    private double c;

    @Override
    public double[] train(double[][] points, int[] labels, int hidden, double learningRate, int steps, long seed,
            Backpropagation engine) {
        Random random = new Random(seed);
        w = new double[hidden][2];
        b = new double[hidden];
        v = new double[hidden];
        c = 0;
        for (int h = 0; h < hidden; h++) {
            w[h][0] = random.nextGaussian();
            w[h][1] = random.nextGaussian();
            v[h] = random.nextGaussian() / Math.sqrt(hidden);
        }
        double[] losses = new double[steps];
        for (int step = 0; step < steps; step++) {
            Leaf[][] wl = new Leaf[hidden][2];
            Leaf[] bl = new Leaf[hidden];
            Leaf[] vl = new Leaf[hidden];
            for (int h = 0; h < hidden; h++) {
                wl[h][0] = Leaf.of("w" + h + "_0", w[h][0]);
                wl[h][1] = Leaf.of("w" + h + "_1", w[h][1]);
                bl[h] = Leaf.of("b" + h, b[h]);
                vl[h] = Leaf.of("v" + h, v[h]);
            }
            Leaf cl = Leaf.of("c", c);
            Node loss = Constant.of(0);
            for (int i = 0; i < points.length; i++) {
                Node z = cl;
                for (int h = 0; h < hidden; h++) {
                    Node unit = wl[h][0].mul(points[i][0]).add(wl[h][1].mul(points[i][1])).add(bl[h]).tanh();
                    z = z.add(vl[h].mul(unit));
                }
                Node p = z.sigmoid();
                loss = loss.sub(labels[i] == 1 ? p.log() : Constant.of(1).sub(p).log());
            }
            loss = loss.div(points.length);
            losses[step] = loss.value();
            Backpropagation.Gradient gradient = engine.of(loss);
            for (int h = 0; h < hidden; h++) {
                w[h][0] -= learningRate * gradient.wrt(wl[h][0]);
                w[h][1] -= learningRate * gradient.wrt(wl[h][1]);
                b[h] -= learningRate * gradient.wrt(bl[h]);
                v[h] -= learningRate * gradient.wrt(vl[h]);
            }
            c -= learningRate * gradient.wrt(cl);
        }
        return losses;
    }

    @Override
    public double probability(double x1, double x2) {
        double z = c;
        for (int h = 0; h < v.length; h++) {
            z += v[h] * Math.tanh(w[h][0] * x1 + w[h][1] * x2 + b[h]);
        }
        return 1 / (1 + Math.exp(-z));
    }
}
