package ex8;

import backproplab.course.Value;
import backproplab.course.Values;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Exercise 8, solved: each value keeps its inputs and local derivatives; backward() runs the chain rule over a topological order. */
public final class Exercise8Values implements Values {

    @Override
    public Value of(double data) {
        return new Scalar(data, new Scalar[0], new double[0]);
    }

    /** A value, its inputs, and ∂value/∂input for each. */
    static final class Scalar implements Value {

        private final double data;
        private final Scalar[] inputs;
        private final double[] locals;
        private double grad;

        Scalar(double data, Scalar[] inputs, double[] locals) {
            this.data = data;
            this.inputs = inputs;
            this.locals = locals;
        }

        @Override
        public double data() {
            return data;
        }

        @Override
        public double grad() {
            return grad;
        }

        @Override
        public Value add(Value other) {
            Scalar y = (Scalar) other;
            return new Scalar(data + y.data, new Scalar[] {this, y}, new double[] {1, 1});
        }

        @Override
        public Value mul(Value other) {
            Scalar y = (Scalar) other;
            return new Scalar(data * y.data, new Scalar[] {this, y}, new double[] {y.data, data});
        }

        @Override
        public Value pow(double exponent) {
            double local = exponent == 0 ? 0 : exponent * Math.pow(data, exponent - 1);
            return new Scalar(Math.pow(data, exponent), new Scalar[] {this}, new double[] {local});
        }

        @Override
        public Value tanh() {
            double t = Math.tanh(data);
            return new Scalar(t, new Scalar[] {this}, new double[] {1 - t * t});
        }

        @Override
        public Value exp() {
            double e = Math.exp(data);
            return new Scalar(e, new Scalar[] {this}, new double[] {e});
        }

        @Override
        public Value relu() {
            return new Scalar(Math.max(data, 0), new Scalar[] {this}, new double[] {data > 0 ? 1 : 0});
        }

        @Override
        public void backward() {
            List<Scalar> order = topologicalOrder();
            Map<Scalar, Double> adjoint = new IdentityHashMap<>();
            adjoint.put(this, 1.0);
            for (int k = order.size() - 1; k >= 0; k--) {
                Scalar node = order.get(k);
                double upstream = adjoint.getOrDefault(node, 0.0);
                for (int i = 0; i < node.inputs.length; i++) {
                    adjoint.merge(node.inputs[i], upstream * node.locals[i], Double::sum);
                }
            }
            adjoint.forEach((node, contribution) -> node.grad += contribution);
        }

        /** Every value this one was computed from, each after its inputs, by depth-first search with a stack. */
        private List<Scalar> topologicalOrder() {
            List<Scalar> order = new ArrayList<>();
            Map<Scalar, Boolean> seen = new IdentityHashMap<>();
            Deque<Scalar> nodes = new ArrayDeque<>();
            Deque<Integer> next = new ArrayDeque<>();
            nodes.push(this);
            next.push(0);
            seen.put(this, true);
            while (!nodes.isEmpty()) {
                Scalar top = nodes.peek();
                int i = next.pop();
                if (i < top.inputs.length) {
                    next.push(i + 1);
                    Scalar input = top.inputs[i];
                    if (seen.put(input, true) == null) {
                        nodes.push(input);
                        next.push(0);
                    }
                } else {
                    nodes.pop();
                    order.add(top);
                }
            }
            return order;
        }
    }
}
