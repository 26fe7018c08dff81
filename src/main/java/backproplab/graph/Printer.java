package backproplab.graph;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The skeleton shared by the infix and LaTeX printers: it decides which shared subexpressions get
 * a name, and emits text iteratively; a subclass says how one operation is written.
 *
 * <p>A graph is a DAG, text is a tree: printed naively, {@code x1 = x0 + x0, …, x60 = x59 + x59}
 * would take 2⁶⁰ symbols. So a subexpression that is used more than once and is larger than
 * {@link #INLINE_LIMIT} nodes is printed once as a statement {@code t1 = …} and referred to by
 * name, which keeps the text linear in the size of the graph. Small shared pieces such as
 * {@code a * v} are repeated, as a textbook would.
 */
abstract sealed class Printer permits Infix, Latex {

    /** Shared subexpressions with more nodes than this are named instead of repeated. */
    static final int INLINE_LIMIT = 7;

    /** A piece of an operation's template: literal text, or input {@code index}, maybe in parentheses. */
    sealed interface Part permits Text, Child {
    }

    record Text(String text) implements Part {
    }

    record Child(int index, boolean parenthesized) implements Part {
    }

    /** The names given to shared subexpressions; other nodes have none. */
    static final class Names {

        private final TopologicalOrder order;
        private final String[] names;

        Names(TopologicalOrder order, String[] names) {
            this.order = order;
            this.names = names;
        }

        /** The name of {@code node}, or null. */
        String of(Node node) {
            return names[order.indexOf(node)];
        }
    }

    /** How operation {@code op} is written, as a template of text and inputs. */
    abstract List<Part> template(Operation op, Names names);

    /** How a leaf is written. */
    abstract String leaf(Leaf leaf);

    /** How a constant is written. */
    abstract String constant(double value);

    /** How a statement binding a temporary is written. */
    abstract String binding(String name, String expression);

    /** How a temporary is named. */
    abstract String temporary(int number);

    /** What separates statements. */
    abstract String separator();

    abstract String openParenthesis();

    abstract String closeParenthesis();

    /** The whole graph as text: named shared subexpressions first, then the output expression. */
    final String render(Node output) {
        TopologicalOrder order = TopologicalOrder.structural(output);
        Names names = nameSharedSubexpressions(order);
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < order.size() - 1; k++) {
            String name = names.names[k];
            if (name != null) {
                text.append(binding(name, expression(order.get(k), names))).append(separator());
            }
        }
        return text.append(expression(output, names)).toString();
    }

    private Names nameSharedSubexpressions(TopologicalOrder order) {
        int n = order.size();
        int[] uses = new int[n];
        Set<String> taken = new HashSet<>();
        for (int k = 0; k < n; k++) {
            Node node = order.get(k);
            for (int i = 0; i < node.arity(); i++) {
                uses[order.indexOf(node.input(i))]++;
            }
            if (node instanceof Leaf leaf) {
                taken.add(leaf.name());
            }
        }
        int[] size = new int[n];
        String[] names = new String[n];
        int counter = 0;
        for (int k = 0; k < n; k++) {
            Node node = order.get(k);
            int total = 1;
            for (int i = 0; i < node.arity(); i++) {
                int j = order.indexOf(node.input(i));
                total = Math.min(total + (names[j] != null ? 1 : size[j]), Integer.MAX_VALUE / 4);
            }
            size[k] = total;
            if (uses[k] > 1 && total > INLINE_LIMIT && node instanceof Operation && k < n - 1) {
                String name;
                do {
                    name = temporary(++counter);
                } while (taken.contains(name));
                names[k] = name;
            }
        }
        return new Names(order, names);
    }

    private String expression(Node root, Names names) {
        StringBuilder out = new StringBuilder();
        Deque<Object> work = new ArrayDeque<>();
        work.push(root);
        while (!work.isEmpty()) {
            Object item = work.pop();
            if (item instanceof String text) {
                out.append(text);
                continue;
            }
            Node node = (Node) item;
            String name = node == root ? null : names.of(node);
            if (name != null) {
                out.append(name);
            } else if (node instanceof Leaf leaf) {
                out.append(leaf(leaf));
            } else if (node instanceof Constant) {
                out.append(constant(node.value()));
            } else {
                List<Part> parts = template((Operation) node, names);
                for (int k = parts.size() - 1; k >= 0; k--) {
                    Part part = parts.get(k);
                    if (part instanceof Text text) {
                        work.push(text.text());
                    } else {
                        Child child = (Child) part;
                        if (child.parenthesized()) {
                            work.push(closeParenthesis());
                        }
                        work.push(node.input(child.index()));
                        if (child.parenthesized()) {
                            work.push(openParenthesis());
                        }
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * The binding strength of {@code node} as an operand: names, leaves and non-negative constants
     * are atoms; a negative constant such as {@code -2} binds like unary minus.
     */
    static int precedence(Node node, Names names) {
        if (node instanceof Leaf || names.of(node) != null) {
            return Notation.ATOM;
        }
        if (node instanceof Constant) {
            return isNegative(node.value()) ? Notation.UNARY : Notation.ATOM;
        }
        return ((Operation) node).notation().precedence();
    }

    static boolean isNegative(double value) {
        return Double.doubleToRawLongBits(value) < 0;
    }

    /**
     * A number as the expression language reads it back to the same double: integers without a
     * fraction ({@code 2}), others in Java's shortest round-trip form with a lower-case exponent
     * ({@code 0.5}, {@code 1.0e-7}); the non-finite ones as {@code inf}, {@code -inf}, {@code nan}.
     */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == 0.0) {
            return isNegative(value) ? "-0.0" : "0";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value).replace('E', 'e');
    }
}
