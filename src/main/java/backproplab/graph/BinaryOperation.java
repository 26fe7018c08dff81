package backproplab.graph;

import java.util.List;

/** An operation of two inputs x and y. */
public abstract sealed class BinaryOperation extends Operation permits Add, Sub, Mul, Div, Pow {

    BinaryOperation(Node x, Node y, double value) {
        super(x, y, value);
    }

    /** The first input. */
    public final Node x() {
        return x;
    }

    /** The second input. */
    public final Node y() {
        return y;
    }

    @Override
    public final Node withInputs(List<Node> inputs) {
        return withInputs(inputs.get(0), inputs.get(1));
    }

    /** The same operation applied to x and y. */
    public abstract Node withInputs(Node x, Node y);
}
