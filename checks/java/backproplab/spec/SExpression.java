package backproplab.spec;

import backproplab.graph.Constant;
import backproplab.graph.Leaf;
import backproplab.graph.Node;
import backproplab.graph.Operation;
import backproplab.graph.PowConst;

/**
 * A graph written with every parenthesis, {@code (+ (* a b) 2)}, independently of the printer
 * under test, so that a failing round trip shows the structures it compared.
 */
public final class SExpression {

    private SExpression() {
    }

    /** The graph as an S-expression (recursive: for the small graphs of a failure report). */
    public static String of(Node node) {
        if (node instanceof Leaf leaf) {
            return leaf.name();
        }
        if (node instanceof Constant) {
            return Double.toString(node.value());
        }
        Operation op = (Operation) node;
        StringBuilder text = new StringBuilder("(").append(op.notation().symbol());
        for (Node input : op.inputs()) {
            text.append(' ').append(of(input));
        }
        if (op instanceof PowConst power) {
            text.append(' ').append(power.exponent());
        }
        return text.append(')').toString();
    }
}
