package backproplab.course;

import backproplab.graph.Constant;
import backproplab.graph.Infix;
import backproplab.graph.Leaf;
import backproplab.graph.Node;
import backproplab.graph.NodeMap;
import backproplab.graph.Operation;
import backproplab.graph.PowConst;
import backproplab.graph.TopologicalOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A computational graph as graph theory sees it, for the exercises: nodes numbered 0 … n−1, and
 * weighted edges. An edge u → v means that node v is computed from node u; its weight is the local
 * partial derivative ∂v/∂u at the current point. Backpropagation is then a dynamic program over this
 * DAG: ∂y/∂u is the sum, over the edges u → v, of weight(u → v) · ∂y/∂v.
 *
 * <p>The numbering is arbitrary (shuffled), so that the topological order has to be computed. Each
 * node has a label (a leaf's name, a constant's value, or an operation such as {@code *} or
 * {@code sin}), a value, and whether it is a leaf and whether it requires grad. Immutable.
 */
public final class Dag {


    /**
     * An edge from node {@code from} to node {@code to}, weighted by ∂to/∂from.
     *
     * @param from the input
     * @param to the node computed from it
     * @param weight the local derivative ∂to/∂from at the current point
     */
    public record Edge(int from, int to, double weight) {
    }

    private final int output;
    private final String[] labels;
    private final double[] values;
    private final boolean[] leaves;
    private final boolean[] requiresGrad;
    private final List<List<Edge>> inputs;
    private final NodeMap<Integer> ids;

    private Dag(int output, String[] labels, double[] values, boolean[] leaves, boolean[] requiresGrad,
            List<List<Edge>> inputs, NodeMap<Integer> ids) {
        this.output = output;
        this.labels = labels;
        this.values = values;
        this.leaves = leaves;
        this.requiresGrad = requiresGrad;
        this.inputs = inputs;
        this.ids = ids;
    }

    /**
     * The graph of {@code output}, its nodes numbered in an order shuffled by {@code seed}; every
     * edge is weighted by the engine's local derivative.
     */
    public static Dag of(Node output, long seed) {
        return of(output, seed, null);
    }

    /**
     * The graph of {@code output}, numbered as {@link #of(Node, long)} does, with every edge into an
     * operation that {@code derivatives} knows weighted by it (exercise 1's rules: +, ·, /, xᵖ, sin,
     * cos, exp, ln, tanh, relu, σ), and the other edges by the engine's local derivative. With
     * {@code derivatives} null, every edge is weighted by the engine.
     */
    public static Dag of(Node output, long seed, LocalDerivatives derivatives) {
        TopologicalOrder order = TopologicalOrder.of(output);
        int n = order.size();
        List<Integer> numbers = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            numbers.add(k);
        }
        Collections.shuffle(numbers, new Random(seed));
        String[] labels = new String[n];
        double[] values = new double[n];
        boolean[] leaves = new boolean[n];
        boolean[] requiresGrad = new boolean[n];
        List<List<Edge>> inputs = new ArrayList<>();
        NodeMap<Integer> ids = new NodeMap<>(n);
        for (int k = 0; k < n; k++) {
            inputs.add(new ArrayList<>());
            ids.put(order.get(k), numbers.get(k));
        }
        for (int k = 0; k < n; k++) {
            Node node = order.get(k);
            int id = numbers.get(k);
            labels[id] = label(node);
            values[id] = node.value();
            leaves[id] = !(node instanceof Operation);
            requiresGrad[id] = node.requiresGrad();
            if (node instanceof Operation operation) {
                for (int i = 0; i < operation.arity(); i++) {
                    double weight = derivatives == null ? operation.localDerivative(i)
                            : LocalWeights.of(operation, i, derivatives);
                    inputs.get(id).add(new Edge(ids.get(operation.input(i)), id, weight));
                }
            }
        }
        List<List<Edge>> frozen = new ArrayList<>();
        inputs.forEach(list -> frozen.add(List.copyOf(list)));
        return new Dag(ids.get(output), labels, values, leaves, requiresGrad, List.copyOf(frozen), ids);
    }

    /**
     * A graph given by its parts, as the grader sends one to the process that runs an exercise: node
     * v has {@code labels[v]}, {@code values[v]}, and the edges {@code inputs.get(v)} into it.
     * Such a graph knows no engine nodes ({@link #idOf} is −1 for every node).
     *
     * @throws IllegalArgumentException if the parts disagree in size or an edge names a node that
     *     does not exist
     */
    public static Dag of(int output, String[] labels, double[] values, boolean[] leaves, boolean[] requiresGrad,
            List<List<Edge>> inputs) {
        int n = values.length;
        if (labels.length != n || leaves.length != n || requiresGrad.length != n || inputs.size() != n
                || output < 0 || output >= Math.max(n, 1)) {
            throw new IllegalArgumentException("the parts of a graph of " + n + " nodes do not fit together.");
        }
        List<List<Edge>> frozen = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            for (Edge edge : inputs.get(v)) {
                if (edge.from() < 0 || edge.from() >= n || edge.to() != v) {
                    throw new IllegalArgumentException("edge " + edge + " does not fit a graph of " + n + " nodes.");
                }
            }
            frozen.add(List.copyOf(inputs.get(v)));
        }
        return new Dag(output, labels.clone(), values.clone(), leaves.clone(), requiresGrad.clone(), List.copyOf(frozen),
                new NodeMap<>());
    }

    private static String label(Node node) {
        if (node instanceof Leaf leaf) {
            return leaf.name();
        }
        if (node instanceof Constant) {
            return Infix.number(node.value());
        }
        if (node instanceof PowConst power) {
            return "** " + Infix.number(power.exponent());
        }
        return ((Operation) node).notation().symbol();
    }

    /** The number of nodes; they are numbered 0 … size() − 1. */
    public int size() {
        return values.length;
    }

    /** The output y, the node differentiated. */
    public int output() {
        return output;
    }

    /** The edges into {@code node}, one per input (a node used twice as an input gives two edges). */
    public List<Edge> inputs(int node) {
        return inputs.get(node);
    }

    /** A leaf's name, a constant's value, or the operation: {@code a}, {@code 2}, {@code *}, {@code sin}, {@code ** 2}. */
    public String label(int node) {
        return labels[node];
    }

    /** The node's value at the current point. */
    public double value(int node) {
        return values[node];
    }

    /** Whether {@code node} is a leaf (an input or a constant: it has no inputs). */
    public boolean isLeaf(int node) {
        return leaves[node];
    }

    /** Whether gradients flow into {@code node} (PyTorch's requires_grad). */
    public boolean requiresGrad(int node) {
        return requiresGrad[node];
    }

    /** The number of the engine node {@code node} in this graph, or −1; for graders and adapters. */
    public int idOf(Node node) {
        Integer id = ids.get(node);
        return id == null ? -1 : id;
    }

    /** One line per node, in numbering order: {@code 3: sin = 0.84  ← 1 (∂ 0.54)}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (int v = 0; v < size(); v++) {
            text.append(v).append(": ").append(labels[v]).append(" = ").append(values[v]);
            for (Edge edge : inputs.get(v)) {
                text.append("  ← ").append(edge.from()).append(" (∂ ").append(edge.weight()).append(')');
            }
            text.append(v == output ? "   (output)" : "").append('\n');
        }
        return text.toString();
    }
}
