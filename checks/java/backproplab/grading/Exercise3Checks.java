package backproplab.grading;

import backproplab.course.Backpropagation;
import backproplab.course.Dag;
import backproplab.course.ReverseAccumulation;
import backproplab.graph.Leaf;
import backproplab.graph.Node;
import backproplab.graph.TopologicalOrder;
import backproplab.spec.GradientLaws;
import backproplab.spec.RandomGraphs;
import backproplab.spec.Laws;
import backproplab.spec.Spec;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;

/**
 * Exercise 3, backpropagation: the student's accumulation, given the engine's topological order, is
 * checked by the specification's own gradient laws ({@link GradientLaws}) and on small graphs that
 * isolate the two classic mistakes (overwriting at fan-out, forgetting the upstream factor).
 */
@Graded(exercise = 3)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Tag("ex3")
class Exercise3Checks {

    static final int EXAMPLES = 300;

    /** The student's accumulation as a {@link Backpropagation}: the graph numbered, in the engine's order. */
    static Backpropagation engineOf(ReverseAccumulation accumulation) {
        return output -> {
            Dag dag = Dag.of(output, output.serial());
            TopologicalOrder order = TopologicalOrder.of(output);
            int[] numbers = new int[order.size()];
            for (int k = 0; k < order.size(); k++) {
                numbers[k] = dag.idOf(order.get(k));
            }
            double[] adjoints = accumulation.adjoints(dag, numbers);
            return node -> {
                int id = dag.idOf(node);
                return id < 0 ? 0.0 : adjoints[id];
            };
        };
    }

    static void expect(String what, double expected, double actual) {
        if (!(Math.abs(expected - actual) <= 1e-12 * Math.max(1, Math.abs(expected)))) {
            throw Laws.expectedGot(what, expected, actual);
        }
    }

    // w = a·(v + b) at a = 2, b = 1, v = 3: ∂w/∂a = 4, ∂w/∂v = ∂w/∂b = 2, ∂w/∂u = 2, ∂w/∂w = 1
    @Test
    @Order(1)
    @Points(value = 2, hint = "ex3.notebook")
    void the_notebook_cell(ReverseAccumulation accumulation) {
        Leaf a = Leaf.of("a", 2);
        Leaf b = Leaf.of("b", 1);
        Leaf v = Leaf.of("v", 3);
        Node u = v.add(b);
        Node w = a.mul(u);
        Sandbox.run(() -> {
            Backpropagation.Gradient gradient = engineOf(accumulation).of(w);
            expect("∂w/∂w", 1, gradient.wrt(w));
            expect("∂w/∂a", 4, gradient.wrt(a));
            expect("∂w/∂u", 2, gradient.wrt(u));
            expect("∂w/∂v", 2, gradient.wrt(v));
            expect("∂w/∂b", 2, gradient.wrt(b));
        });
    }

    // ∂(x + x)/∂x = 2 and ∂(x·x + x)/∂x = 2x + 1: contributions from several uses add up
    @Test
    @Order(2)
    @Points(value = 2, hint = "ex3.fanOut")
    void fan_out_sums(ReverseAccumulation accumulation) {
        Leaf x = Leaf.of("x", 3);
        Sandbox.run(() -> {
            expect("∂(x + x)/∂x (x = 3)", 2, engineOf(accumulation).of(x.add(x)).wrt(x));
            expect("∂(x·x + x)/∂x (x = 3)", 7, engineOf(accumulation).of(x.mul(x).add(x)).wrt(x));
        });
    }

    // ∂(5·(3·(2·x)))/∂x = 30: each edge's weight is multiplied by the adjoint that reaches it
    @Test
    @Order(3)
    @Points(value = 2, hint = "ex3.chain")
    void the_chain_factor(ReverseAccumulation accumulation) {
        Leaf x = Leaf.of("x", 1);
        Sandbox.run(() -> {
            expect("∂(5·(3·(2·x)))/∂x", 30, engineOf(accumulation).of(x.mul(2).mul(3).mul(5)).wrt(x));
            expect("∂ sin(sin x)/∂x (x = 1)", Math.cos(Math.sin(1)) * Math.cos(1), engineOf(accumulation).of(x.sin().sin()).wrt(x));
        });
    }

    // ∂y/∂xᵢ = forward mode (Commons Math DerivativeStructure), on random graphs
    @Test
    @Order(4)
    @Points(value = 4, hint = "ex3.agreement")
    void agrees_with_forward_mode(ReverseAccumulation accumulation) {
        Sandbox.run(() -> Spec.forAll(RandomGraphs.graphs(), EXAMPLES, GradientLaws.agreesWithForwardMode(engineOf(accumulation))));
    }

    // ∂y/∂x = Σ over paths of the product of edge weights, on random graphs
    @Test
    @Order(5)
    @Points(value = 2, hint = "ex3.agreement")
    void equals_the_sum_over_paths(ReverseAccumulation accumulation) {
        Sandbox.run(() -> Spec.forAll(RandomGraphs.graphs(), EXAMPLES, GradientLaws.equalsTheSumOverPaths(engineOf(accumulation))));
    }

    /**
     * The adjoints of the 41 nodes take microseconds when each node passes its adjoint once; summing
     * over the 2⁴⁰ paths one by one takes hours. Three seconds separate the two by far.
     */
    static final long SHARED_LIMIT_MILLIS = 3_000;

    // x₀, x₁ = x₀ + x₀, …, x₄₀: ∂x₄₀/∂xₖ = 2⁴⁰⁻ᵏ (every edge weighs 1, and 2⁴⁰⁻ᵏ paths lead from xₖ), within 3 s
    @Test
    @Order(6)
    @Points(value = 3, hint = "ex3.linear")
    void a_graph_with_two_to_the_forty_paths(ReverseAccumulation accumulation) {
        Leaf x = Leaf.of("x", 1);
        Node y = x;
        for (int k = 0; k < 40; k++) {
            y = y.add(y);
        }
        Node output = y;
        Sandbox.run(SHARED_LIMIT_MILLIS, () -> expect("∂x₄₀/∂x₀ (x₁ = x₀ + x₀, …, x₄₀ = x₃₉ + x₃₉)", Math.pow(2, 40),
                engineOf(accumulation).of(output).wrt(x)));
    }
}
