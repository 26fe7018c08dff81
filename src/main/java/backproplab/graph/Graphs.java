package backproplab.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * Traversals of a graph. All are iterative (a chain of a million operations needs no deep stack),
 * keep their bookkeeping in identity maps (never in record or structural equality), and visit
 * inputs in order, so that every result is deterministic.
 */
public final class Graphs {

    private Graphs() {
    }

    /**
     * Every node the output depends on, each once, inputs before the nodes that use them
     * (a topological order), ending with the output; see {@link TopologicalOrder}.
     */
    public static List<Node> topologicalOrder(Node output) {
        return TopologicalOrder.of(output).nodes();
    }

    /**
     * Like {@link #topologicalOrder(Node)}, but only through inputs that satisfy {@code follow};
     * the output itself is always included.
     */
    public static List<Node> topologicalOrder(Node output, Predicate<Node> follow) {
        return TopologicalOrder.of(output, follow).nodes();
    }

    /** The number of distinct nodes the output depends on, the output included. */
    public static int size(Node output) {
        return topologicalOrder(output).size();
    }

    /** The distinct leaves the output depends on, in topological order. */
    public static List<Leaf> leaves(Node output) {
        List<Leaf> leaves = new ArrayList<>();
        for (Node node : topologicalOrder(output)) {
            if (node instanceof Leaf leaf) {
                leaves.add(leaf);
            }
        }
        return leaves;
    }

    /**
     * A new graph built bottom-up: each node of the old graph is replaced by
     * {@code rebuild.apply(node, newInputs)}, where {@code newInputs} are the replacements of its
     * inputs. Shared nodes are rebuilt once, so sharing is kept.
     */
    public static Node transform(Node output, BiFunction<Node, List<Node>, Node> rebuild) {
        TopologicalOrder order = TopologicalOrder.of(output);
        Node[] replacement = new Node[order.size()];
        for (int k = 0; k < order.size(); k++) {
            Node node = order.get(k);
            List<Node> inputs = new ArrayList<>(node.arity());
            for (int i = 0; i < node.arity(); i++) {
                inputs.add(replacement[order.indexOf(node.input(i))]);
            }
            replacement[k] = rebuild.apply(node, inputs);
        }
        return replacement[order.size() - 1];
    }

    /**
     * The same graph evaluated at other input values: every leaf whose name is a key of
     * {@code values} is replaced by a leaf of that name with the new value.
     */
    public static Node substitute(Node output, Map<String, Double> values) {
        return transform(output, (node, inputs) -> {
            if (node instanceof Leaf leaf) {
                Double value = values.get(leaf.name());
                return value == null ? leaf : Leaf.of(leaf.name(), value, leaf.requiresGrad());
            }
            if (node instanceof Operation operation) {
                return operation.withInputs(inputs);
            }
            return node;
        });
    }

    /**
     * Whether two graphs are equal as terms: the same operations, in the same places, on leaves of
     * the same names and values and on constants of the same bits (so −0.0 ≠ 0.0). Sharing is not
     * compared: {@code x = a + b; x * x} equals {@code (a + b) * (a + b)}. Linear in the number of
     * distinct pairs of nodes compared, however much they are shared.
     */
    public static boolean structurallyEqual(Node a, Node b) {
        NodeMap<Object> compared = new NodeMap<>();
        Deque<Node[]> pending = new ArrayDeque<>();
        pending.push(new Node[] {a, b});
        while (!pending.isEmpty()) {
            Node[] pair = pending.pop();
            Node x = pair[0];
            Node y = pair[1];
            if (x == y || !firstComparison(compared, x, y)) {
                continue;
            }
            if (!locallyEqual(x, y)) {
                return false;
            }
            for (int i = 0; i < x.arity(); i++) {
                pending.push(new Node[] {x.input(i), y.input(i)});
            }
        }
        return true;
    }

    private static boolean locallyEqual(Node x, Node y) {
        if (x.getClass() != y.getClass()) {
            return false;
        }
        if (x instanceof Leaf lx) {
            Leaf ly = (Leaf) y;
            return lx.name().equals(ly.name()) && sameBits(lx.value(), ly.value());
        }
        if (x instanceof Constant) {
            return sameBits(x.value(), y.value());
        }
        if (x instanceof PowConst px) {
            return sameBits(px.exponent(), ((PowConst) y).exponent());
        }
        return true;
    }

    private static boolean sameBits(double a, double b) {
        return Double.doubleToLongBits(a) == Double.doubleToLongBits(b);
    }

    /**
     * Records that x is compared with y; false if that pair was compared before. Most nodes are
     * compared with one partner only, kept directly; a second partner turns the entry into a set.
     */
    @SuppressWarnings("unchecked")
    private static boolean firstComparison(NodeMap<Object> compared, Node x, Node y) {
        Object partners = compared.get(x);
        if (partners == null) {
            compared.put(x, y);
            return true;
        }
        if (partners == y) {
            return false;
        }
        NodeMap<Boolean> set;
        if (partners instanceof Node first) {
            set = new NodeMap<>();
            set.put(first, true);
            compared.put(x, set);
        } else {
            set = (NodeMap<Boolean>) partners;
        }
        return set.add(y, true);
    }
}
