package backproplab.graphviz;

import backproplab.graph.Constant;
import backproplab.graph.Graphs;
import backproplab.graph.Leaf;
import backproplab.graph.Node;
import backproplab.graph.Operation;
import backproplab.graph.Infix;
import backproplab.graph.PowConst;
import backproplab.reverse.Gradients;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A graph as a Graphviz picture, in the style of micrograd's {@code draw_dot} and torchviz: one box
 * per node with its operation (or name), its value and, when gradients are given, its gradient;
 * an arrow from each input to the operation that uses it, labelled with the local derivative
 * ∂node/∂input, so the picture is the weighted DAG that backpropagation walks. Render it with
 * {@code dot -Tsvg graph.dot -o graph.svg}.
 *
 * <p>Built without recursion, so a chain of a million operations exports.
 */
public final class Dot {

    private Dot() {
    }

    /** The DOT text of the graph of {@code output}, with values only. */
    public static String render(Node output) {
        return render(output, null);
    }

    /** The DOT text of the graph of {@code output}, with values and the gradients (may be null). */
    public static String render(Node output, Gradients gradients) {
        List<Node> order = Graphs.topologicalOrder(output);
        Map<Node, Integer> ids = new IdentityHashMap<>();
        StringBuilder dot = new StringBuilder(64 * order.size() + 128);
        dot.append("digraph backprop {\n")
                .append("  rankdir=LR;\n")
                .append("  node [shape=record, fontname=\"Helvetica\"];\n");
        for (Node node : order) {
            int id = ids.size();
            ids.put(node, id);
            dot.append("  n").append(id).append(" [label=\"{ ").append(escape(label(node)))
                    .append(" | value ").append(number(node.value()));
            if (gradients != null && gradients.reaches(node)) {
                dot.append(" | grad ").append(number(gradients.of(node)));
            }
            dot.append(" }\"");
            if (node == output) {
                dot.append(", style=bold");
            } else if (node instanceof Leaf) {
                dot.append(", style=filled, fillcolor=\"#e8f0fe\"");
            }
            dot.append("];\n");
        }
        for (Node node : order) {
            for (int i = 0; i < node.arity(); i++) {
                Node input = node.input(i);
                dot.append("  n").append(ids.get(input)).append(" -> n").append(ids.get(node));
                if (gradients != null && input.requiresGrad()) {
                    double local = ((Operation) node).partial(i).value();
                    dot.append(" [label=\"").append(escape("∂ " + number(local))).append("\"]");
                }
                dot.append(";\n");
            }
        }
        return dot.append("}\n").toString();
    }

    private static String label(Node node) {
        if (node instanceof Leaf leaf) {
            return leaf.name();
        }
        if (node instanceof Constant) {
            return "const";
        }
        if (node instanceof PowConst power) {
            return "** " + Infix.number(power.exponent());
        }
        return ((Operation) node).notation().symbol();
    }

    private static String number(double value) {
        return Double.toString(value);
    }

    /** Escapes the characters that are special inside a DOT record label. */
    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if ("{}|<>\"\\".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
