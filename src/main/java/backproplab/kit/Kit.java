package backproplab.kit;

import backproplab.course.Backpropagation;
import backproplab.course.Dag;
import backproplab.course.LocalDerivatives;
import backproplab.course.Partials;
import backproplab.course.ReverseAccumulation;
import backproplab.course.TopologicalSort;
import backproplab.graph.Leaf;
import backproplab.graph.Node;
import backproplab.graph.Operation;
import backproplab.reverse.ReverseMode;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/**
 * The kit's own parts for what exercises 1–3 ask, made from the engine. They stand in for a
 * student's part that is not ready yet, so that a later exercise built on it (training, the MLP, the
 * graph network) is graded on its own; and {@link #engine()} is the engine as the specification's
 * laws see it. Compiled into the kit, never given to students as source.
 */
public final class Kit {

    private Kit() {
    }

    /** The engine's reverse mode, {@link ReverseMode#gradients}, as a {@link Backpropagation}. */
    public static Backpropagation engine() {
        return output -> ReverseMode.gradients(output)::of;
    }

    /** Exercise 1 by the engine: each rule is the value of the operation's own local derivative. */
    public static LocalDerivatives localDerivatives() {
        return new EngineDerivatives();
    }

    /** Exercise 2 by depth-first search with an explicit stack, each node placed after its inputs. */
    public static TopologicalSort topologicalSort() {
        return Kit::order;
    }

    /** Exercise 3: adjoint[y] = 1, and adjoint[u] += adjoint[n] · weight(u → n), walking the order backwards. */
    public static ReverseAccumulation reverseAccumulation() {
        return (dag, order) -> {
            double[] adjoint = new double[dag.size()];
            adjoint[dag.output()] = 1;
            for (int k = order.length - 1; k >= 0; k--) {
                for (Dag.Edge edge : dag.inputs(order[k])) {
                    adjoint[edge.from()] += adjoint[order[k]] * edge.weight();
                }
            }
            return adjoint;
        };
    }

    private static int[] order(Dag dag) {
        int n = dag.size();
        int[] order = new int[n];
        int placed = 0;
        boolean[] seen = new boolean[n];
        int[] stack = new int[n];
        int[] next = new int[n];
        int depth = 0;
        stack[depth++] = dag.output();
        seen[dag.output()] = true;
        while (depth > 0) {
            int v = stack[depth - 1];
            if (next[depth - 1] < dag.inputs(v).size()) {
                int u = dag.inputs(v).get(next[depth - 1]++).from();
                if (!seen[u]) {
                    seen[u] = true;
                    stack[depth] = u;
                    next[depth++] = 0;
                }
            } else {
                order[placed++] = v;
                depth--;
            }
        }
        return java.util.Arrays.copyOf(order, placed);
    }

    /** Each rule by building the operation on leaves and reading its local derivative's value. */
    private static final class EngineDerivatives implements LocalDerivatives {

        private static double unary(UnaryOperator<Node> f, double x) {
            return ((Operation) f.apply(Leaf.of("x", x))).partial(0).value();
        }

        private static Partials binary(BinaryOperator<Node> f, double x, double y) {
            Operation op = (Operation) f.apply(Leaf.of("x", x), Leaf.of("y", y));
            return new Partials(op.partial(0).value(), op.partial(1).value());
        }

        @Override
        public Partials add(double x, double y) {
            return binary(Node::add, x, y);
        }

        @Override
        public Partials mul(double x, double y) {
            return binary(Node::mul, x, y);
        }

        @Override
        public Partials div(double x, double y) {
            return binary(Node::div, x, y);
        }

        @Override
        public double pow(double x, double p) {
            return unary(u -> u.pow(p), x);
        }

        @Override
        public double sin(double x) {
            return unary(Node::sin, x);
        }

        @Override
        public double cos(double x) {
            return unary(Node::cos, x);
        }

        @Override
        public double exp(double x) {
            return unary(Node::exp, x);
        }

        @Override
        public double log(double x) {
            return unary(Node::log, x);
        }

        @Override
        public double tanh(double x) {
            return unary(Node::tanh, x);
        }

        @Override
        public double relu(double x) {
            return unary(Node::relu, x);
        }

        @Override
        public double sigmoid(double x) {
            return unary(Node::sigmoid, x);
        }
    }
}
