package backproplab.graph;

/**
 * How an operation is written: an infix operator with its precedence, the prefix minus, or a
 * function call. Precedences follow Python, so that notebook lines read the same:
 * {@code + -} bind loosest, then {@code * /}, then unary minus, then {@code **}, which is
 * right-associative and binds tighter than unary minus on its left ({@code -a**2} is −(a²)).
 *
 * @param form how the operands are placed around the symbol
 * @param symbol the operator or function name, as the expression language reads it
 * @param precedence the binding strength; higher binds tighter
 */
public record Notation(Form form, String symbol, int precedence) {

    public static final int ADDITIVE = 1;
    public static final int MULTIPLICATIVE = 2;
    public static final int UNARY = 3;
    public static final int POWER = 4;
    public static final int ATOM = 5;

    /** The ways operands are placed. */
    public enum Form {
        /** x op y, left-associative. */
        INFIX,
        /** x ** y, right-associative. */
        POWER,
        /** −x. */
        PREFIX,
        /** name(x). */
        FUNCTION
    }

    static Notation infix(String symbol, int precedence) {
        return new Notation(Form.INFIX, symbol, precedence);
    }

    static Notation power() {
        return new Notation(Form.POWER, "**", POWER);
    }

    static Notation prefix(String symbol) {
        return new Notation(Form.PREFIX, symbol, UNARY);
    }

    static Notation function(String name) {
        return new Notation(Form.FUNCTION, name, ATOM);
    }
}
