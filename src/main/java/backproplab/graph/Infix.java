package backproplab.graph;

import java.util.List;

/**
 * Prints a graph as infix text in the expression language's syntax, with the fewest parentheses
 * that still parse back to the same graph: {@code sin(a * v) + exp(b)}, {@code -a ** 2},
 * {@code (a - b) - c} is {@code a - b - c} but {@code a - (b - c)} keeps its parentheses.
 * Shared subexpressions larger than a few nodes become statements ({@code t1 = x0 + x0; t1 + t1}).
 */
public final class Infix extends Printer {

    private static final Infix INSTANCE = new Infix();

    private Infix() {
    }

    /** The graph as one line of text; statements, if any, are separated by {@code "; "}. */
    public static String print(Node output) {
        return INSTANCE.render(output);
    }

    /**
     * A number as the expression language writes it and reads it back to the same double:
     * {@code 2}, {@code 0.5}, {@code -3}, {@code 1.0e-7}.
     */
    public static String number(double value) {
        return Printer.number(value);
    }

    @Override
    List<Part> template(Operation op, Names names) {
        Notation notation = op.notation();
        int p = notation.precedence();
        switch (notation.form()) {
            case FUNCTION:
                return List.of(new Text(notation.symbol() + "("), new Child(0, false), new Text(")"));
            case PREFIX:
                // -(a + b) and -(2) need parentheses (without them, -2 would read as the constant −2);
                // a second minus only needs a space: - -a
                Node x = op.input(0);
                if (precedence(x, names) == Notation.UNARY) {
                    return List.of(new Text(notation.symbol() + " "), new Child(0, false));
                }
                boolean wrap = precedence(x, names) < Notation.UNARY || x instanceof Constant;
                return List.of(new Text(notation.symbol()), new Child(0, wrap));
            case POWER:
                Child base = new Child(0, precedence(op.input(0), names) <= p);
                if (op instanceof PowConst power) {
                    return List.of(base, new Text(" ** " + number(power.exponent())));
                }
                return List.of(base, new Text(" ** "), new Child(1, precedence(op.input(1), names) < Notation.UNARY));
            default:
                return List.of(
                        new Child(0, precedence(op.input(0), names) < p),
                        new Text(" " + notation.symbol() + " "),
                        new Child(1, precedence(op.input(1), names) <= p));
        }
    }

    @Override
    String leaf(Leaf leaf) {
        return leaf.name();
    }

    @Override
    String constant(double value) {
        return number(value);
    }

    @Override
    String binding(String name, String expression) {
        return name + " = " + expression;
    }

    @Override
    String temporary(int number) {
        return "t" + number;
    }

    @Override
    String separator() {
        return "; ";
    }

    @Override
    String openParenthesis() {
        return "(";
    }

    @Override
    String closeParenthesis() {
        return ")";
    }
}
