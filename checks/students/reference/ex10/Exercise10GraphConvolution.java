package ex10;

import backproplab.course.Backpropagation;
import backproplab.course.GraphConvolution;
import backproplab.graph.Constant;
import backproplab.graph.Leaf;
import backproplab.graph.Node;
import java.util.Random;

/** Exercise 10, solved: Â with self-loops and symmetric normalisation, two graph convolutions, cross-entropy on the labelled nodes. */
public final class Exercise10GraphConvolution implements GraphConvolution {

    private double[][] outputs = new double[0][0];

    @Override
    public double[][] normalizedAdjacency(int nodes, int[][] edges) {
        double[][] a = new double[nodes][nodes];
        for (int i = 0; i < nodes; i++) {
            a[i][i] = 1;
        }
        for (int[] edge : edges) {
            a[edge[0]][edge[1]] = 1;
            a[edge[1]][edge[0]] = 1;
        }
        double[] degree = new double[nodes];
        for (int i = 0; i < nodes; i++) {
            for (int j = 0; j < nodes; j++) {
                degree[i] += a[i][j];
            }
        }
        for (int i = 0; i < nodes; i++) {
            for (int j = 0; j < nodes; j++) {
                a[i][j] = a[i][j] / Math.sqrt(degree[i] * degree[j]);
            }
        }
        return a;
    }

    @Override
    public double[] train(int nodes, int[][] edges, int[] labelled, int[] labels, int classes, int hidden,
            double learningRate, int steps, long seed, Backpropagation engine) {
        double[][] a = normalizedAdjacency(nodes, edges);
        Random random = new Random(seed);
        double[][] w0 = glorot(random, nodes, hidden);
        double[][] w1 = glorot(random, hidden, classes);
        double[] losses = new double[steps];
        for (int step = 0; step < steps; step++) {
            Leaf[][] l0 = leaves("w0_", w0);
            Leaf[][] l1 = leaves("w1_", w1);
            Node[][] z = forward(a, l0, l1);
            Node loss = Constant.of(0);
            for (int k = 0; k < labelled.length; k++) {
                Node[] zi = z[labelled[k]];
                Node sum = Constant.of(0);
                for (Node zic : zi) {
                    sum = sum.add(zic.exp());
                }
                loss = loss.add(sum.log().sub(zi[labels[k]]));
            }
            loss = loss.div(labelled.length);
            losses[step] = loss.value();
            Backpropagation.Gradient gradient = engine.of(loss);
            step(w0, l0, gradient, learningRate);
            step(w1, l1, gradient, learningRate);
        }
        Node[][] z = forward(a, leaves("w0_", w0), leaves("w1_", w1));
        outputs = new double[nodes][classes];
        for (int i = 0; i < nodes; i++) {
            for (int c = 0; c < classes; c++) {
                outputs[i][c] = z[i][c].value();
            }
        }
        return losses;
    }

    @Override
    public double[][] outputs() {
        return outputs;
    }

    /** Z = Â · relu(Â · W⁽⁰⁾) · W⁽¹⁾ (X = I, so X · W⁽⁰⁾ = W⁽⁰⁾), only the nonzero Âᵢⱼ. */
    private static Node[][] forward(double[][] a, Leaf[][] w0, Leaf[][] w1) {
        int n = a.length;
        Node[][] h = new Node[n][w0[0].length];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < h[i].length; k++) {
                Node sum = Constant.of(0);
                for (int j = 0; j < n; j++) {
                    if (a[i][j] != 0) {
                        sum = sum.add(w0[j][k].mul(a[i][j]));
                    }
                }
                h[i][k] = sum.relu();
            }
        }
        Node[][] hw = new Node[n][w1[0].length];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < hw[i].length; c++) {
                Node sum = Constant.of(0);
                for (int k = 0; k < h[i].length; k++) {
                    sum = sum.add(h[i][k].mul(w1[k][c]));
                }
                hw[i][c] = sum;
            }
        }
        Node[][] z = new Node[n][hw[0].length];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < z[i].length; c++) {
                Node sum = Constant.of(0);
                for (int j = 0; j < n; j++) {
                    if (a[i][j] != 0) {
                        sum = sum.add(hw[j][c].mul(a[i][j]));
                    }
                }
                z[i][c] = sum;
            }
        }
        return z;
    }

    /** Glorot's uniform initialisation: U(−√(6/(m + k)), √(6/(m + k))). */
    private static double[][] glorot(Random random, int m, int k) {
        double limit = Math.sqrt(6.0 / (m + k));
        double[][] w = new double[m][k];
        for (double[] row : w) {
            for (int j = 0; j < k; j++) {
                row[j] = (2 * random.nextDouble() - 1) * limit;
            }
        }
        return w;
    }

    private static Leaf[][] leaves(String name, double[][] w) {
        Leaf[][] leaves = new Leaf[w.length][w[0].length];
        for (int i = 0; i < w.length; i++) {
            for (int j = 0; j < w[i].length; j++) {
                leaves[i][j] = Leaf.of(name + i + "_" + j, w[i][j]);
            }
        }
        return leaves;
    }

    private static void step(double[][] w, Leaf[][] leaves, Backpropagation.Gradient gradient, double rate) {
        for (int i = 0; i < w.length; i++) {
            for (int j = 0; j < w[i].length; j++) {
                w[i][j] -= rate * gradient.wrt(leaves[i][j]);
            }
        }
    }
}
