package backproplab.graph;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The nodes an output depends on, each once, in order of their serials: every input before the
 * nodes that use it (an input is always older), the output last; and, for each of them, its
 * position in that order, so that a traversal keeps its per-node data in arrays indexed by
 * position.
 *
 * <p>The order of serials is the order of construction, so walking it backwards is what PyTorch's
 * autograd engine does: of the nodes whose gradient is complete, it runs the one with the highest
 * sequence number first. Reverse mode walks it backwards ({@code ReverseMode}), as its sweep of the
 * {@link Journal} does, so gradients are summed in the same order either way, bit for bit.
 *
 * <p>The nodes are found by a depth-first search with an explicit stack, not a recursion, so a chain
 * of a million operations needs no deep call stack, then placed by serial: into an array indexed by distance below the output's
 * serial where the graph's serials are dense (the usual case), by sorting otherwise. Positions are
 * found by node identity, through serials ({@link SerialIndex}: an array where the graph was built in
 * one go, a hash table for the rest). The position of each node's inputs is kept too
 * ({@link #inputPosition}), so a walk over the order needs no lookup at all.
 */
public final class TopologicalOrder {

    /** The nodes in positions 0 … size − 1 (the array may be longer: it is not trimmed). */
    private final Node[] nodes;
    private final int size;
    /** inputPositions[2k + i]: the position of input i of the node at position k, or −1. */
    private final int[] inputPositions;
    private final SerialIndex positions;

    private TopologicalOrder(Node[] nodes, int size, int[] inputPositions, SerialIndex positions) {
        this.nodes = nodes;
        this.size = size;
        this.inputPositions = inputPositions;
        this.positions = positions;
    }

    /** Every node {@code output} depends on. */
    public static TopologicalOrder of(Node output) {
        return of(output, node -> true);
    }

    /** The nodes {@code output} depends on through inputs that satisfy {@code follow}; the output is always included. */
    public static TopologicalOrder of(Node output, Predicate<Node> follow) {
        SerialIndex table = new SerialIndex(output);
        Found found = depthFirst(output, follow, table);
        return placed(bySerial(found.nodes, found.count, output.serial()), found.count, table);
    }

    /**
     * The nodes {@code output} depends on in the order of a depth-first search from it (inputs in
     * order, each node right after its inputs: the post-order), which depends only on the graph's
     * structure, not on the order its nodes were built in: two copies of a graph, built anyhow
     * (in two JVMs, say), list their nodes alike, so this order matches them node by node.
     */
    public static TopologicalOrder structural(Node output) {
        SerialIndex table = new SerialIndex(output);
        Found found = depthFirst(output, node -> true, table);
        return placed(found.nodes, found.count, table);
    }

    /** Nodes in {@code nodes[0 … count − 1]}. */
    private record Found(Node[] nodes, int count) {
    }

    /**
     * The post-order of a depth-first search from {@code output} through inputs that satisfy
     * {@code follow}, with an explicit stack; {@code table} holds the nodes found. (Depth first,
     * because it finds the nodes of a graph built in one go at steadily growing distances below the
     * output, which {@link SerialIndex} keeps in its array; a breadth-first search can run far
     * ahead along long edges and send a fifth of the nodes to its hash table.)
     */
    private static Found depthFirst(Node output, Predicate<Node> follow, SerialIndex table) {
        Node[] order = new Node[16];
        int placed = 0;
        Node[] stack = new Node[16];
        int[] nextInput = new int[16];
        int depth = 0;
        stack[depth] = output;
        nextInput[depth++] = 0;
        table.add(output, 0);
        while (depth > 0) {
            Node node = stack[depth - 1];
            int next = nextInput[depth - 1];
            Node input = node instanceof Operation op && next < 2 ? (next == 0 ? op.x : op.y) : null;
            if (input != null) {
                nextInput[depth - 1] = next + 1;
                if (follow.test(input) && table.add(input, 0)) {
                    if (depth == stack.length) {
                        stack = Arrays.copyOf(stack, 2 * depth);
                        nextInput = Arrays.copyOf(nextInput, 2 * depth);
                    }
                    stack[depth] = input;
                    nextInput[depth++] = 0;
                }
            } else {
                stack[--depth] = null;
                if (placed == order.length) {
                    order = Arrays.copyOf(order, 2 * placed);
                }
                order[placed++] = node;
            }
        }
        return new Found(order, placed);
    }

    /** {@code found[0 … count − 1]} in increasing serial, the newest being {@code newest}. */
    private static Node[] bySerial(Node[] found, int count, long newest) {
        long oldest = newest;
        for (int k = 0; k < count; k++) {
            oldest = Math.min(oldest, found[k].serial());
        }
        long span = newest - oldest;
        if (span < (long) SerialIndex.SLOTS_PER_NODE * count + SerialIndex.SLACK) {
            Node[] byDistance = new Node[(int) span + 1];
            for (int k = 0; k < count; k++) {
                byDistance[(int) (newest - found[k].serial())] = found[k];
            }
            Node[] order = new Node[count];
            int k = 0;
            for (int distance = (int) span; distance >= 0; distance--) {
                if (byDistance[distance] != null) {
                    order[k++] = byDistance[distance];
                }
            }
            return order;
        }
        Node[] order = Arrays.copyOf(found, count);
        Arrays.sort(order, Comparator.comparingLong(Node::serial));
        return order;
    }

    /** The order {@code order[0 … count − 1]}, with positions kept in {@code table}, which holds those nodes. */
    private static TopologicalOrder placed(Node[] order, int count, SerialIndex table) {
        for (int k = 0; k < count; k++) {
            table.set(order[k], k);
        }
        int[] inputs = new int[2 * count];
        for (int k = 0; k < count; k++) {
            if (order[k] instanceof Operation op) {
                inputs[2 * k] = table.get(op.x);
                inputs[2 * k + 1] = op.y == null ? -1 : table.get(op.y);
            } else {
                inputs[2 * k] = -1;
                inputs[2 * k + 1] = -1;
            }
        }
        return new TopologicalOrder(order, count, inputs, table);
    }

    /** The number of nodes. */
    public int size() {
        return size;
    }

    /** The node at {@code position}. */
    public Node get(int position) {
        return nodes[Objects.checkIndex(position, size)];
    }

    /** The output, which is last. */
    public Node output() {
        return nodes[size - 1];
    }

    /** The position of {@code node}, or −1 if it is not in this order. */
    public int indexOf(Node node) {
        return positions.get(node);
    }

    /**
     * The position of input {@code i} of the node at {@code position}, or −1 if that input is not
     * in this order (it was not followed, or the node has no input {@code i}).
     */
    public int inputPosition(int position, int i) {
        return inputPositions[2 * position + i];
    }

    /** Whether {@code node} is in this order. */
    public boolean contains(Node node) {
        return indexOf(node) >= 0;
    }

    /** The nodes, as an unmodifiable list. */
    public List<Node> nodes() {
        return new AbstractList<>() {
            @Override
            public Node get(int index) {
                return nodes[Objects.checkIndex(index, size)];
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}
