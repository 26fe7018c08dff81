package backproplab.graph;

/** A constant: it never requires grad, and no gradient flows into it. */
public final class Constant extends Node {

    public static final Constant ZERO = new Constant(0.0);
    public static final Constant ONE = new Constant(1.0);
    public static final Constant MINUS_ONE = new Constant(-1.0);
    public static final Constant TWO = new Constant(2.0);

    private Constant(double value) {
        super(value, false, true, null);
    }

    /** The constant c; 0, 1, −1 and 2 are shared instances. */
    public static Constant of(double c) {
        if (Double.doubleToRawLongBits(c) == Double.doubleToRawLongBits(0.0)) {
            return ZERO;
        }
        if (c == 1.0) {
            return ONE;
        }
        if (c == -1.0) {
            return MINUS_ONE;
        }
        if (c == 2.0) {
            return TWO;
        }
        return new Constant(c);
    }

    @Override
    public int arity() {
        return 0;
    }

    @Override
    public Node input(int i) {
        throw new IndexOutOfBoundsException("a constant has no inputs; asked for input " + i + ".");
    }
}
