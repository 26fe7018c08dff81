package backproplab.graphviz;

import backproplab.graph.Constant;
import backproplab.graph.Leaf;
import backproplab.graph.Node;
import backproplab.graph.Operation;
import backproplab.graph.Infix;
import backproplab.graph.PowConst;
import backproplab.graph.TopologicalOrder;
import backproplab.reverse.Gradients;
import java.io.IOException;
import java.io.UncheckedIOException;

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
        StringBuilder dot = new StringBuilder();
        try {
            write(output, gradients, dot);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dot.toString();
    }

    /**
     * Writes the DOT text of the graph of {@code output} to {@code dot} as it goes, so that a large
     * graph never needs to fit in one string.
     */
    public static void write(Node output, Gradients gradients, Appendable dot) throws IOException {
        TopologicalOrder order = TopologicalOrder.structural(output);
        dot.append("digraph backprop {\n")
                .append("  rankdir=LR;\n")
                .append("  node [shape=record, fontname=\"Helvetica\"];\n");
        for (int id = 0; id < order.size(); id++) {
            Node node = order.get(id);
            dot.append("  n").append(String.valueOf(id)).append(" [label=\"{ ").append(escape(label(node)))
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
        for (int id = 0; id < order.size(); id++) {
            Node node = order.get(id);
            for (int i = 0; i < node.arity(); i++) {
                Node input = node.input(i);
                dot.append("  n").append(String.valueOf(order.indexOf(input)))
                        .append(" -> n").append(String.valueOf(id));
                if (gradients != null && input.requiresGrad()) {
                    double local = ((Operation) node).localDerivative(i);
                    dot.append(" [label=\"").append(escape("∂ " + number(local))).append("\"]");
                }
                dot.append(";\n");
            }
        }
        dot.append("}\n");
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
