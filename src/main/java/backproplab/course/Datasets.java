package backproplab.course;

import java.util.Random;

/**
 * The data sets of the exercises, generated with fixed seeds ({@link java.util.Random} is
 * specified, so every JVM draws the same numbers) or read from the kit: every run, and every
 * student, sees the same data.
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

    /**
     * Two interleaving half-circles ("two moons", as scikit-learn's {@code make_moons}): point i is
     * of class i mod 2, on the upper half-circle of radius 1 centred at (0, 0) for class 0 and on
     * the lower one centred at (1, 0.5) for class 1, at an angle drawn uniformly in [0, π], plus
     * Gaussian noise of standard deviation {@code noise} on each coordinate. No line separates
     * them. Returns {@code count} points {x₁, x₂}.
     */
    public static double[][] moons(int count, double noise, long seed) {
        Random random = new Random(seed);
        double[][] points = new double[count][];
        for (int i = 0; i < count; i++) {
            double t = Math.PI * random.nextDouble();
            double x = i % 2 == 0 ? Math.cos(t) : 1 - Math.cos(t);
            double y = i % 2 == 0 ? Math.sin(t) : 0.5 - Math.sin(t);
            points[i] = new double[] {x + noise * random.nextGaussian(), y + noise * random.nextGaussian()};
        }
        return points;
    }

    /** The classes of {@link #moons}: i mod 2. */
    public static int[] moonLabels(int count) {
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            labels[i] = i % 2;
        }
        return labels;
    }

    /**
     * Zachary's karate club (1977): 34 members of a university karate club, the 78 pairs who were
     * friends outside it, and the club each joined when it split in two (0: Mr. Hi's, whose
     * instructor is node 0; 1: the Officer's, node 33). Read from {@code karate.txt}, which cites
     * its source.
     *
     * @param nodes the number of members, 34
     * @param edges the friendships, {u, v} with u &lt; v
     * @param clubs the club of each member
     */
    public record KarateClub(int nodes, int[][] edges, int[] clubs) {
    }

    /** {@link KarateClub}, read anew at every call. */
    public static KarateClub karateClub() {
        java.util.List<int[]> edges = new java.util.ArrayList<>();
        int[] clubs = new int[34];
        try (java.io.InputStream in = Datasets.class.getResourceAsStream("karate.txt")) {
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String[] words = line.trim().split(" ");
                if (words[0].equals("club")) {
                    clubs[Integer.parseInt(words[1])] = Integer.parseInt(words[2]);
                } else if (words[0].equals("edge")) {
                    edges.add(new int[] {Integer.parseInt(words[1]), Integer.parseInt(words[2])});
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new KarateClub(clubs.length, edges.toArray(int[][]::new), clubs);
    }
}
