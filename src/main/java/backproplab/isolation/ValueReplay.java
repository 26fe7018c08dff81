package backproplab.isolation;

import backproplab.course.Value;
import backproplab.course.Values;
import backproplab.graph.Add;
import backproplab.graph.Div;
import backproplab.graph.Exp;
import backproplab.graph.Mul;
import backproplab.graph.Neg;
import backproplab.graph.Node;
import backproplab.graph.NodeMap;
import backproplab.graph.Operation;
import backproplab.graph.PowConst;
import backproplab.graph.Relu;
import backproplab.graph.Sub;
import backproplab.graph.Tanh;
import backproplab.graph.TopologicalOrder;

/**
 * Exercise 8's graphs rebuilt with a student's {@link Values}, in the JVM that runs the student's
 * code, so that a graph of fifty thousand operations costs one call, not fifty thousand. Each node
 * becomes the student's value of the same operation, as micrograd builds the ones it has not:
 * x − y = x + y·(−1), −x = x·(−1), x / y = x·y⁻¹; a leaf or a constant becomes a new value.
 */
final class ValueReplay {

    private ValueReplay() {
    }

    /**
     * Builds the graph of {@code output} with {@code values}, calls {@code backward()} on the output
     * {@code backwards} times, and returns {data, grad} of every node, in the order of
     * {@link TopologicalOrder#structural(Node)}, which the grader's copy of the graph lists alike.
     */
    static double[][] replay(Values values, Node output, int backwards) {
        TopologicalOrder order = TopologicalOrder.structural(output);
        NodeMap<Value> built = new NodeMap<>(order.size());
        Value[] byPosition = new Value[order.size()];
        for (int k = 0; k < order.size(); k++) {
            Node node = order.get(k);
            Value value = node instanceof Operation operation ? apply(values, operation, built) : values.of(node.value());
            if (value == null) {
                throw new IllegalStateException("a Value method returned null for " + node);
            }
            built.put(node, value);
            byPosition[k] = value;
        }
        for (int call = 0; call < backwards; call++) {
            byPosition[order.size() - 1].backward();
        }
        double[][] answer = new double[2][order.size()];
        for (int k = 0; k < order.size(); k++) {
            answer[0][k] = byPosition[k].data();
            answer[1][k] = byPosition[k].grad();
        }
        return answer;
    }

    private static Value apply(Values values, Operation op, NodeMap<Value> built) {
        Value x = built.get(op.input(0));
        Value y = op.arity() > 1 ? built.get(op.input(1)) : null;
        if (op instanceof Add) {
            return x.add(y);
        }
        if (op instanceof Sub) {
            return x.add(y.mul(values.of(-1)));
        }
        if (op instanceof Mul) {
            return x.mul(y);
        }
        if (op instanceof Div) {
            return x.mul(y.pow(-1));
        }
        if (op instanceof Neg) {
            return x.mul(values.of(-1));
        }
        if (op instanceof PowConst power) {
            return x.pow(power.exponent());
        }
        if (op instanceof Tanh) {
            return x.tanh();
        }
        if (op instanceof Exp) {
            return x.exp();
        }
        if (op instanceof Relu) {
            return x.relu();
        }
        throw new IllegalArgumentException("exercise 8's values have no " + op.notation().symbol());
    }
}
