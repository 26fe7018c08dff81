package backproplab.spec.oracle;

import backproplab.graph.Node;
import backproplab.graph.Operation;
import java.util.ArrayList;
import java.util.List;

/**
 * The derivative as graph theory states it: ∂y/∂x is the sum, over every path from x to y in the
 * computational graph, of the product of the local derivatives on the path's edges. The paths are
 * listed one by one, without sharing work between them, so this shares nothing with reverse mode's
 * dynamic programming but the local rules; it is exponential, and meant for small graphs.
 */
public final class PathSum {

    /** More paths than this and the enumeration is not attempted. */
    public static final int MAX_PATHS = 100_000;

    private PathSum() {
    }

    /** Every path from {@code from} up to {@code to}, as the list of edge weights along it. */
    public static List<double[]> paths(Node to, Node from) {
        List<double[]> paths = new ArrayList<>();
        collect(to, from, new ArrayList<>(), paths);
        return paths;
    }

    private static void collect(Node node, Node target, List<Double> weights, List<double[]> paths) {
        if (paths.size() > MAX_PATHS) {
            return;
        }
        if (node == target) {
            paths.add(weights.stream().mapToDouble(Double::doubleValue).toArray());
            return;
        }
        if (!(node instanceof Operation operation)) {
            return;
        }
        for (int i = 0; i < operation.arity(); i++) {
            weights.add(operation.partial(i).value());
            collect(operation.input(i), target, weights, paths);
            weights.remove(weights.size() - 1);
        }
    }

    /** Σ over paths of Π over edges, or NaN if there are more than {@link #MAX_PATHS} paths. */
    public static double derivative(Node to, Node from) {
        List<double[]> paths = paths(to, from);
        if (paths.size() > MAX_PATHS) {
            return Double.NaN;
        }
        double sum = 0;
        for (double[] path : paths) {
            double product = 1;
            for (double weight : path) {
                product *= weight;
            }
            sum += product;
        }
        return sum;
    }
}
