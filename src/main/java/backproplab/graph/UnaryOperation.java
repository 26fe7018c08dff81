package backproplab.graph;

import java.util.List;

/** An operation of one input x. */
public abstract sealed class UnaryOperation extends Operation
        permits Neg, PowConst, Sin, Cos, Tan, Exp, Log, Sqrt, Tanh, Sigmoid, Relu, Abs, Sign {

    UnaryOperation(Node x, double value) {
        super(x, null, value);
    }

    UnaryOperation(Node x, double value, double parameter) {
        super(x, null, value, parameter);
    }

    /** The input. */
    public final Node x() {
        return x;
    }

    @Override
    public final Node withInputs(List<Node> inputs) {
        return withInput(inputs.get(0));
    }

    /** The same operation applied to x. */
    public abstract Node withInput(Node x);
}
