package backproplab.graph;

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

    @Override
    List<Part> template(Operation op, Names names) {
        Notation notation = op.notation();
        int p = notation.precedence();
        if (op instanceof Div) {
            return List.of(new Text("\\frac{"), new Child(0, false), new Text("}{"), new Child(1, false), new Text("}"));
        }
        switch (notation.form()) {
            case FUNCTION:
                return function(notation.symbol());
            case PREFIX:
                Node x = op.input(0);
                return List.of(new Text("-"), new Child(0, precedence(x, names) <= Notation.UNARY && !(x instanceof Div)));
            case POWER:
                Child base = new Child(0, !isPlainBase(op.input(0), names));
                if (op instanceof PowConst power) {
                    return List.of(base, new Text("^{" + number(power.exponent()) + "}"));
                }
                return List.of(base, new Text("^{"), new Child(1, false), new Text("}"));
            default:
                String symbol = op instanceof Mul ? " \\cdot " : " " + notation.symbol() + " ";
                return List.of(
                        new Child(0, precedence(op.input(0), names) < p && !(op.input(0) instanceof Div)),
                        new Text(symbol),
                        new Child(1, precedence(op.input(1), names) <= p && !(op.input(1) instanceof Div)));
        }
    }

    private static List<Part> function(String name) {
        return switch (name) {
            case "exp" -> List.of(new Text("e^{"), new Child(0, false), new Text("}"));
            case "sqrt" -> List.of(new Text("\\sqrt{"), new Child(0, false), new Text("}"));
            case "abs" -> List.of(new Text("\\left|"), new Child(0, false), new Text("\\right|"));
            default -> List.of(new Text(command(name) + "\\left("), new Child(0, false), new Text("\\right)"));
        };
    }

    private static String command(String name) {
        return switch (name) {
            case "sin", "cos", "tan", "tanh" -> "\\" + name;
            case "log" -> "\\ln";
            case "sigmoid" -> "\\sigma";
            case "sign" -> "\\operatorname{sgn}";
            default -> "\\operatorname{" + name + "}";
        };
    }

    /** A base that needs no parentheses under an exponent: a name, a non-negative number, sin(x)…. */
    private static boolean isPlainBase(Node node, Names names) {
        if (node instanceof Leaf || names.of(node) != null) {
            return true;
        }
        if (node instanceof Constant) {
            return !isNegative(node.value());
        }
        Notation notation = ((Operation) node).notation();
        return notation.form() == Notation.Form.FUNCTION
                && !List.of("exp", "sqrt", "abs").contains(notation.symbol());
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
