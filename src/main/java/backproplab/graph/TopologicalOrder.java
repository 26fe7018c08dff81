package backproplab.graph;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The nodes an output depends on, each once, every input before the nodes that use it, the output
 * last; and, for each of them, its position in that order, so that a traversal keeps its
 * per-node data in arrays indexed by position.
 *
 * <p>Built by depth-first search with an explicit stack (a node is placed after all its inputs:
 * the post-order), so a chain of a million operations needs no deep call stack. Inputs are visited
 * in order, so the order depends only on the graph.
 *
 * <p>Positions are found by node identity, through serials ({@link SerialIndex}: an array where the
 * graph was built in one go, a hash table for the rest). The position of each node's inputs is
 * kept too ({@link #inputPosition}), so a walk over the order needs no lookup at all.
 */
public final class TopologicalOrder {

    private static final int UNPLACED = -1;

    /** The nodes in positions 0 … size − 1 (the arrays may be longer: they are not trimmed). */
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
        Node[] order = new Node[16];
        int[] inputs = new int[32];
        int placed = 0;
        Node[] stack = new Node[16];
        int[] nextInput = new int[16];
        int depth = 0;
        stack[depth] = output;
        nextInput[depth++] = 0;
        table.add(output, UNPLACED);
        while (depth > 0) {
            Node node = stack[depth - 1];
            int next = nextInput[depth - 1];
            Node input = node instanceof Operation op && next < 2 ? (next == 0 ? op.x : op.y) : null;
            if (input != null) {
                nextInput[depth - 1] = next + 1;
                if (follow.test(input) && table.add(input, UNPLACED)) {
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
                    inputs = Arrays.copyOf(inputs, 4 * placed);
                }
                table.set(node, placed);
                if (node instanceof Operation op) {
                    inputs[2 * placed] = table.get(op.x);
                    inputs[2 * placed + 1] = op.y == null ? -1 : table.get(op.y);
                } else {
                    inputs[2 * placed] = -1;
                    inputs[2 * placed + 1] = -1;
                }
                order[placed++] = node;
            }
        }
        return new TopologicalOrder(order, placed, inputs, table);
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
