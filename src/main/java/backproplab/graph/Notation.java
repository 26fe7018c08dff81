package backproplab.graph;

/**
 * How an operation is written and named: in the expression language (an infix operator with its
 * precedence, the prefix minus, or a function call), in LaTeX, and by PyTorch, which names the
 * backward function of each result ({@code grad_fn}). Precedences follow Python, so that notebook
 * lines read the same: {@code + -} bind loosest, then {@code * /}, then unary minus, then
 * {@code **}, which is right-associative and binds tighter than unary minus on its left
 * ({@code -a**2} is −(a²)).
 *
 * @param form how the operands are placed around the symbol
 * @param symbol the operator or function name, as the expression language reads it
 * @param precedence the binding strength; higher binds tighter
 * @param latex the LaTeX, with {@code #1} and {@code #2} for the inputs (as TeX writes a macro's
 *     parameters): {@code \frac{#1}{#2}}, {@code \sin\left(#1\right)}; an input written inside
 *     braces or {@code \left…\right} delimiters never needs parentheses
 * @param gradFn the name PyTorch gives the backward function of a result, such as
 *     {@code MulBackward0} (the number is the overload's position in {@code derivatives.yaml})
 */
public record Notation(Form form, String symbol, int precedence, String latex, String gradFn) {

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

    static Notation infix(String symbol, int precedence, String latex, String gradFn) {
        return new Notation(Form.INFIX, symbol, precedence, latex, gradFn);
    }

    static Notation power(String gradFn) {
        return new Notation(Form.POWER, "**", POWER, "#1^{#2}", gradFn);
    }

    static Notation prefix(String symbol, String gradFn) {
        return new Notation(Form.PREFIX, symbol, UNARY, symbol + "#1", gradFn);
    }

    static Notation function(String name, String latex, String gradFn) {
        return new Notation(Form.FUNCTION, name, ATOM, latex, gradFn);
    }
}
