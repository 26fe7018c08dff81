package backproplab.picture;

import backproplab.graph.Constant;
import backproplab.graph.Leaf;
import backproplab.graph.Node;
import backproplab.graph.Operation;
import backproplab.graph.PowConst;
import backproplab.graph.TopologicalOrder;
import backproplab.i18n.Language;
import backproplab.i18n.Messages;
import backproplab.reverse.Gradients;
import java.util.ArrayList;
import java.util.List;

/**
 * What a picture of a computational graph says, before it is laid out: one box per node, with its
 * name, its value and its gradient, and one arrow per use of a node as an input, from the input to
 * the node computed from it, labelled with the local derivative ∂node/∂input. A constant is drawn
 * beside each use (it has no gradient, and a shared constant drawn once would tie unrelated parts
 * of the picture together).
 */
final class GraphContent {

    static final Messages TEXT = Messages.of("backproplab.picture.labels");

    /** The kinds of boxes, drawn differently. */
    enum Kind { LEAF, OPERATION, OUTPUT, CONSTANT }

    /**
     * A box: its name (null for an unnamed operation or a constant), its operation (null for a
     * leaf), the rounded lines under the heading, and the exact hover text.
     */
    record Box(Kind kind, String name, String operation, List<String> lines, String title) {

        /** The heading as one string: the name, or the operation, or both as {@code u (+)}. */
        String heading() {
            return GraphContent.heading(name, operation);
        }
    }

    /** An arrow from box {@code from} to box {@code to}, with its label (null for none) and hover text. */
    record Arrow(int from, int to, String label, String title) {
    }

    final List<Box> boxes = new ArrayList<>();
    final List<Arrow> arrows = new ArrayList<>();
    final String outputName;

    private GraphContent(String outputName) {
        this.outputName = outputName;
    }

    /** The boxes and arrows of the graph of {@code output}; {@code gradients} may be null (values only). */
    static GraphContent of(Node output, Gradients gradients, Names names, Language language, int maxNodes) {
        if (gradients != null && gradients.output() != output) {
            throw new IllegalArgumentException(TEXT.in(language, "graph.otherOutput", gradients.output(), output));
        }
        TopologicalOrder order = TopologicalOrder.structural(output);
        if (order.size() > maxNodes) {
            throw new IllegalArgumentException(TEXT.in(language, "graph.tooLarge",
                    label(output, names), order.size(), maxNodes));
        }
        GraphContent content = new GraphContent(names.of(output));
        int[] box = new int[order.size()];
        for (int id = 0; id < order.size(); id++) {
            Node node = order.get(id);
            if (node instanceof Constant) {
                continue;
            }
            box[id] = content.boxes.size();
            content.boxes.add(box(node, node == output, gradients, names, language));
            for (int i = 0; i < node.arity(); i++) {
                Node input = node.input(i);
                int from;
                if (input instanceof Constant) {
                    from = content.boxes.size();
                    content.boxes.add(constant(input, language));
                } else {
                    from = box[order.indexOf(input)];
                }
                content.arrows.add(arrow(node, i, from, box[id], gradients, names, language));
            }
        }
        return content;
    }

    private static Box box(Node node, boolean output, Gradients gradients, Names names, Language language) {
        String name = names.of(node);
        String operation = node instanceof Operation ? operation((Operation) node) : null;
        List<String> lines = new ArrayList<>();
        List<String> title = new ArrayList<>();
        title.add(heading(name, operation));
        lines.add(TEXT.in(language, "graph.value", Readable.rounded(node.value())));
        title.add(TEXT.in(language, "graph.value", Readable.exact(node.value())));
        if (gradients != null && gradients.reaches(node)) {
            lines.add(TEXT.in(language, "graph.gradient", Readable.rounded(gradients.of(node))));
            title.add(TEXT.in(language, "graph.gradient", Readable.exact(gradients.of(node))));
        }
        Kind kind = output ? Kind.OUTPUT : node instanceof Leaf ? Kind.LEAF : Kind.OPERATION;
        return new Box(kind, name, operation, List.copyOf(lines), String.join("\n", title));
    }

    private static Box constant(Node constant, Language language) {
        String title = TEXT.in(language, "graph.constant") + "\n"
                + TEXT.in(language, "graph.value", Readable.exact(constant.value()));
        return new Box(Kind.CONSTANT, null, Readable.rounded(constant.value()), List.of(), title);
    }

    private static Arrow arrow(Node node, int i, int from, int to, Gradients gradients, Names names, Language language) {
        Node input = node.input(i);
        if (gradients == null || !input.requiresGrad()) {
            return new Arrow(from, to, null, label(input, names) + " → " + label(node, names));
        }
        double local = ((Operation) node).partial(i).value();
        String title = TEXT.in(language, "graph.local", label(node, names), label(input, names), Readable.exact(local));
        return new Arrow(from, to, Readable.rounded(local), title);
    }

    private static String heading(String name, String operation) {
        if (name == null) {
            return operation;
        }
        return operation == null ? name : name + " (" + operation + ")";
    }

    /** A node as text: its name, or a constant's value, or its operation in parentheses. */
    private static String label(Node node, Names names) {
        String name = names.of(node);
        if (name != null) {
            return name;
        }
        if (node instanceof Constant) {
            return Readable.rounded(node.value());
        }
        return "(" + operation((Operation) node) + ")";
    }

    /** An operation as the program writes it: {@code +}, {@code sin}, {@code ** 2}. */
    static String operation(Operation operation) {
        if (operation instanceof PowConst power) {
            double p = power.exponent();
            return "** " + (p == Math.rint(p) && Math.abs(p) < 1e15 ? Long.toString((long) p) : Double.toString(p));
        }
        return operation.notation().symbol();
    }
}
