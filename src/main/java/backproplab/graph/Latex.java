package backproplab.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * Prints a graph as LaTeX math, as a textbook writes it: {@code \frac{a}{b}}, {@code x^{2}},
 * {@code \sin\left(x\right)}, {@code e^{x}}, {@code \sqrt{x}}, {@code \left|x\right|},
 * {@code \sigma\left(x\right)}. Shared subexpressions larger than a few nodes are named
 * {@code t_{1}}, one statement per line.
 */
public final class Latex extends Printer {

    private static final Latex INSTANCE = new Latex();

    private Latex() {
    }

    /** The graph as LaTeX; statements, if any, are separated by {@code " \\\\ "}. */
    public static String print(Node output) {
        return INSTANCE.render(output);
    }

    /**
     * The operation's own LaTeX ({@link Notation#latex}) with its inputs in place; an input gets
     * parentheses only where it is not already enclosed (in braces or delimiters) and binds more
     * loosely than its place requires. The exponent of xᵖ is its number.
     */
    @Override
    List<Part> template(Operation op, Names names) {
        String latex = op.notation().latex();
        List<Part> parts = new ArrayList<>();
        int from = 0;
        for (int hole = latex.indexOf('#'); hole >= 0; hole = latex.indexOf('#', from)) {
            parts.add(new Text(latex.substring(from, hole)));
            int index = latex.charAt(hole + 1) - '1';
            if (op instanceof PowConst power && index == 1) {
                parts.add(new Text(number(power.exponent())));
            } else {
                boolean enclosed = ENCLOSING.stream().anyMatch(latex.substring(0, hole)::endsWith);
                parts.add(new Child(index, !enclosed && needsParentheses(op, index, names)));
            }
            from = hole + 2;
        }
        parts.add(new Text(latex.substring(from)));
        return parts;
    }

    /** What may open an enclosed input: a brace or a LaTeX delimiter. */
    private static final List<String> ENCLOSING = List.of("{", "\\left(", "\\left|");

    private static boolean needsParentheses(Operation op, int index, Names names) {
        Node input = op.input(index);
        int p = op.notation().precedence();
        return switch (op.notation().form()) {
            case PREFIX -> precedence(input, names) <= Notation.UNARY && !isAtomic(input);
            case POWER -> !isPlainBase(input, names);
            case INFIX -> (index == 0 ? precedence(input, names) < p : precedence(input, names) <= p)
                    && !isAtomic(input);
            case FUNCTION -> false;
        };
    }

    /** An operation whose LaTeX starts and ends with its own text (\\frac{…}{…}): no operator can split it. */
    private static boolean isAtomic(Node node) {
        if (!(node instanceof Operation op)) {
            return false;
        }
        String latex = op.notation().latex();
        return !latex.startsWith("#") && !latex.endsWith("#1") && !latex.endsWith("#2");
    }

    /**
     * A base that needs no parentheses under an exponent: a name, a non-negative number, a function
     * written with \\left( … \\right) (sin(x), not e^{x}, √x or |x|).
     */
    private static boolean isPlainBase(Node node, Names names) {
        if (node instanceof Leaf || names.of(node) != null) {
            return true;
        }
        if (node instanceof Constant) {
            return !isNegative(node.value());
        }
        return ((Operation) node).notation().latex().endsWith("\\right)");
    }

    @Override
    String leaf(Leaf leaf) {
        return symbol(leaf.name());
    }

    /** {@code x} stays {@code x}, {@code x_1} becomes {@code x_{1}}, {@code rate} becomes {@code \mathit{rate}}. */
    private static String symbol(String name) {
        int underscore = name.indexOf('_');
        if (underscore > 0 && underscore < name.length() - 1) {
            return italic(name.substring(0, underscore)) + "_{" + name.substring(underscore + 1).replace("_", "\\_") + "}";
        }
        return italic(name.replace("_", "\\_"));
    }

    private static String italic(String name) {
        return name.length() == 1 ? name : "\\mathit{" + name + "}";
    }

    @Override
    String constant(double value) {
        if (Double.isNaN(value)) {
            return "\\mathrm{NaN}";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "\\infty" : "-\\infty";
        }
        String text = number(value);
        int e = text.indexOf('e');
        return e < 0 ? text : text.substring(0, e) + " \\cdot 10^{" + text.substring(e + 1) + "}";
    }

    @Override
    String binding(String name, String expression) {
        return name + " = " + expression;
    }

    @Override
    String temporary(int number) {
        return "t_{" + number + "}";
    }

    @Override
    String separator() {
        return " \\\\ ";
    }

    @Override
    String openParenthesis() {
        return "\\left(";
    }

    @Override
    String closeParenthesis() {
        return "\\right)";
    }
}
