package backproplab.graph;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
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
 * <p>Positions are found by node identity in a {@link NodeIndex}.
 */
public final class TopologicalOrder {

    private static final int UNPLACED = -1;

    private final Node[] nodes;
    private final NodeIndex positions;

    private TopologicalOrder(Node[] nodes, NodeIndex positions) {
        this.nodes = nodes;
        this.positions = positions;
    }

    /** Every node {@code output} depends on. */
    public static TopologicalOrder of(Node output) {
        return of(output, node -> true);
    }

    /** The nodes {@code output} depends on through inputs that satisfy {@code follow}; the output is always included. */
    public static TopologicalOrder of(Node output, Predicate<Node> follow) {
        NodeIndex table = new NodeIndex(16);
        Node[] order = new Node[16];
        int placed = 0;
        Node[] stack = new Node[16];
        int[] nextInput = new int[16];
        int depth = 0;
        stack[depth] = output;
        nextInput[depth++] = 0;
        table.add(output, UNPLACED);
        while (depth > 0) {
            Node node = stack[depth - 1];
            if (nextInput[depth - 1] < node.arity()) {
                Node input = node.input(nextInput[depth - 1]++);
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
                }
                table.set(node, placed);
                order[placed++] = node;
            }
        }
        return new TopologicalOrder(Arrays.copyOf(order, placed), table);
    }

    /** The number of nodes. */
    public int size() {
        return nodes.length;
    }

    /** The node at {@code position}. */
    public Node get(int position) {
        return nodes[position];
    }

    /** The output, which is last. */
    public Node output() {
        return nodes[nodes.length - 1];
    }

    /** The position of {@code node}, or −1 if it is not in this order. */
    public int indexOf(Node node) {
        return positions.get(node);
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
                return nodes[index];
            }

            @Override
            public int size() {
                return nodes.length;
            }
        };
    }
}
