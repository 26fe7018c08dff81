package backproplab.course;

import java.util.Random;

/**
 * The data sets of exercise 7, generated with fixed seeds so that every run, and every student,
 * sees the same numbers.
 */
public final class Datasets {

    private Datasets() {
    }

    /** 40 points x ∈ [−1, 1], y = 2x + 0.5 + noise with standard deviation 0.1. Returns {xs, ys}. */
    public static double[][] line() {
        Random random = new Random(2026);
        double[] xs = new double[40];
        double[] ys = new double[40];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = -1 + 2.0 * i / (xs.length - 1);
            ys[i] = 2 * xs[i] + 0.5 + 0.1 * random.nextGaussian();
        }
        return new double[][] {xs, ys};
    }

    /** 60 points in two clouds: label 1 around (1, 1), label 0 around (−1, −1), spread 0.7. */
    public static double[][] clouds() {
        Random random = new Random(1126);
        double[][] points = new double[60][];
        for (int i = 0; i < points.length; i++) {
            double centre = i % 2 == 0 ? 1 : -1;
            points[i] = new double[] {centre + 0.7 * random.nextGaussian(), centre + 0.7 * random.nextGaussian()};
        }
        return points;
    }

    /** The labels of {@link #clouds()}: 1 for the even points, 0 for the odd ones. */
    public static int[] cloudLabels() {
        int[] labels = new int[60];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = i % 2 == 0 ? 1 : 0;
        }
        return labels;
    }
}
