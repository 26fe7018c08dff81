package backproplab.isolation;

import backproplab.course.Backpropagation;
import backproplab.graph.Constant;
import backproplab.graph.Leaf;
import backproplab.graph.Node;
import backproplab.graph.NodeMap;
import backproplab.graph.Operation;
import backproplab.graph.PowConst;
import backproplab.graph.TopologicalOrder;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Graphs across the wire, keeping node identity: both ends of a connection number the nodes that
 * have crossed in either direction, in the order they crossed, so a node sent back is the same
 * object it was, and a graph that crosses again costs only the nodes that are new. A node is sent
 * after its inputs (a post-order, found without recursion); an operation travels as its class name
 * and is rebuilt through the public factory methods of {@link Node}.
 */
final class GraphCodec {

    private static final byte LEAF = 1;
    private static final byte CONSTANT = 2;
    private static final byte OPERATION = 3;

    /** How each operation is rebuilt from its inputs, by the simple name of its class. */
    static final Map<String, Function<List<Node>, Node>> OPERATIONS = new LinkedHashMap<>();

    static {
        OPERATIONS.put("Add", in -> in.get(0).add(in.get(1)));
        OPERATIONS.put("Sub", in -> in.get(0).sub(in.get(1)));
        OPERATIONS.put("Mul", in -> in.get(0).mul(in.get(1)));
        OPERATIONS.put("Div", in -> in.get(0).div(in.get(1)));
        OPERATIONS.put("Pow", in -> in.get(0).pow(in.get(1)));
        OPERATIONS.put("Neg", in -> in.get(0).neg());
        OPERATIONS.put("Sin", in -> in.get(0).sin());
        OPERATIONS.put("Cos", in -> in.get(0).cos());
        OPERATIONS.put("Tan", in -> in.get(0).tan());
        OPERATIONS.put("Exp", in -> in.get(0).exp());
        OPERATIONS.put("Log", in -> in.get(0).log());
        OPERATIONS.put("Sqrt", in -> in.get(0).sqrt());
        OPERATIONS.put("Tanh", in -> in.get(0).tanh());
        OPERATIONS.put("Sigmoid", in -> in.get(0).sigmoid());
        OPERATIONS.put("Relu", in -> in.get(0).relu());
        OPERATIONS.put("Abs", in -> in.get(0).abs());
        OPERATIONS.put("Sign", in -> in.get(0).sign());
    }

    private NodeMap<Integer> ids = new NodeMap<>();
    private final List<Node> nodes = new ArrayList<>();

    /** Forgets every node: both ends do it at the same point of the conversation. */
    void reset() {
        ids = new NodeMap<>();
        nodes.clear();
    }

    void write(DataOutputStream out, Node node) throws IOException {
        List<Node> fresh = unknownAncestors(node);
        out.writeInt(fresh.size());
        for (Node n : fresh) {
            writeNode(out, n);
            remember(n);
        }
        out.writeInt(ids.get(node));
    }

    Node read(DataInputStream in) throws IOException {
        int count = in.readInt();
        for (int k = 0; k < count; k++) {
            remember(readNode(in));
        }
        int id = in.readInt();
        if (id < 0 || id >= nodes.size()) {
            throw new IOException("unknown node " + id);
        }
        return nodes.get(id);
    }

    /**
     * A gradient, by value: ∂output/∂n for every node n of the graph of {@code output} (every node
     * that has crossed when the output is not known). An engine's gradient is 0 at a node its output
     * does not depend on, so the other end cannot tell the difference.
     */
    void writeGradient(DataOutputStream out, Backpropagation.Gradient gradient, Node output) throws IOException {
        List<Node> graph = output == null ? nodes : TopologicalOrder.of(output).nodes();
        out.writeInt(graph.size());
        for (Node node : graph) {
            out.writeInt(ids.get(node));
            out.writeDouble(gradient.wrt(node));
        }
    }

    Backpropagation.Gradient readGradient(DataInputStream in) throws IOException {
        int count = in.readInt();
        NodeMap<Double> values = new NodeMap<>(count);
        for (int k = 0; k < count; k++) {
            int id = in.readInt();
            double value = in.readDouble();
            if (id < 0 || id >= nodes.size()) {
                throw new IOException("unknown node " + id);
            }
            values.put(nodes.get(id), value);
        }
        return node -> {
            Double value = values.get(node);
            return value == null ? 0.0 : value;
        };
    }

    private void remember(Node node) {
        if (!ids.containsKey(node)) {
            ids.put(node, nodes.size());
            nodes.add(node);
        }
    }

    /** The nodes {@code node} depends on that have not crossed yet, inputs first. */
    private List<Node> unknownAncestors(Node node) {
        List<Node> fresh = new ArrayList<>();
        if (ids.containsKey(node)) {
            return fresh;
        }
        NodeMap<Boolean> seen = new NodeMap<>();
        Node[] stack = {node};
        int[] next = {0};
        int depth = 1;
        seen.put(node, true);
        while (depth > 0) {
            Node top = stack[depth - 1];
            if (next[depth - 1] < top.arity()) {
                Node input = top.input(next[depth - 1]++);
                if (!ids.containsKey(input) && !seen.containsKey(input)) {
                    seen.put(input, true);
                    if (depth == stack.length) {
                        stack = Arrays.copyOf(stack, 2 * depth);
                        next = Arrays.copyOf(next, 2 * depth);
                    }
                    stack[depth] = input;
                    next[depth++] = 0;
                }
            } else {
                fresh.add(top);
                stack[--depth] = null;
            }
        }
        return fresh;
    }

    private void writeNode(DataOutputStream out, Node node) throws IOException {
        if (node instanceof Leaf leaf) {
            out.writeByte(LEAF);
            out.writeUTF(leaf.name());
            out.writeDouble(leaf.value());
            out.writeBoolean(leaf.requiresGrad());
        } else if (node instanceof Constant) {
            out.writeByte(CONSTANT);
            out.writeDouble(node.value());
        } else {
            Operation operation = (Operation) node;
            out.writeByte(OPERATION);
            out.writeUTF(operation.getClass().getSimpleName());
            out.writeDouble(operation instanceof PowConst power ? power.exponent() : 0.0);
            out.writeByte(operation.arity());
            for (int i = 0; i < operation.arity(); i++) {
                out.writeInt(ids.get(operation.input(i)));
            }
        }
    }

    private Node readNode(DataInputStream in) throws IOException {
        byte kind = in.readByte();
        switch (kind) {
            case LEAF:
                return Leaf.of(in.readUTF(), in.readDouble(), in.readBoolean());
            case CONSTANT:
                return Constant.of(in.readDouble());
            case OPERATION:
                String name = in.readUTF();
                double exponent = in.readDouble();
                List<Node> inputs = new ArrayList<>();
                int arity = in.readByte();
                for (int i = 0; i < arity; i++) {
                    inputs.add(nodes.get(in.readInt()));
                }
                if (name.equals("PowConst")) {
                    return inputs.get(0).pow(exponent);
                }
                Function<List<Node>, Node> build = OPERATIONS.get(name);
                if (build == null) {
                    throw new IOException("unknown operation " + name);
                }
                return build.apply(inputs);
            default:
                throw new IOException("unknown node kind " + kind);
        }
    }
}
