package backproplab.grading;

import backproplab.course.Values;
import backproplab.graph.Leaf;
import backproplab.graph.Node;
import backproplab.graph.TopologicalOrder;
import backproplab.spec.GraphCase;
import backproplab.spec.Laws;
import backproplab.spec.RandomGraphs;
import backproplab.spec.Spec;
import backproplab.spec.oracle.DerivativeStructureOracle;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Exercise 8, the student's own micrograd-style {@code Value}: graphs are rebuilt with the student's
 * values in the student's JVM (one call per graph), {@code backward()} is called on the output, and
 * every value and gradient is compared with closed forms, with Commons Math's forward mode on
 * random graphs of the operations a value has, and on a chain too deep for recursion.
 */
@Graded(exercise = 8)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Tag("ex8")
class Exercise8Checks {

    static final int EXAMPLES = 200;

    /** The operations a value has, directly or as micrograd builds them (x − y, −x, x / y). */
    static final List<RandomGraphs.Op> OPERATIONS = List.of(RandomGraphs.Op.ADD, RandomGraphs.Op.SUB, RandomGraphs.Op.MUL,
            RandomGraphs.Op.DIV, RandomGraphs.Op.NEG, RandomGraphs.Op.POW_CONST, RandomGraphs.Op.TANH, RandomGraphs.Op.EXP,
            RandomGraphs.Op.RELU);

    /**
     * x / y is rebuilt as x · y⁻¹ and x − y as x + y · (−1), each one rounding away from the engine's
     * own: a few roundings on values up to 10, so 10⁻¹⁰ of the magnitudes leaves room while a wrong
     * rule misses by far more.
     */
    static final double TOLERANCE = 1e-10;

    /** The student's {data, grad} of every node of {@code output}'s graph, by node. */
    record Replayed(TopologicalOrder order, double[][] answer) {

        double data(Node node) {
            return answer[0][order.indexOf(node)];
        }

        double grad(Node node) {
            return answer[1][order.indexOf(node)];
        }
    }

    static Replayed replay(Students<Values> students, Values values, Node output, int backwards) {
        double[][] answer = students.replay(values, output, backwards);
        // the order the student's JVM answered in: it depends on the graph alone, not on how its copy was built
        TopologicalOrder order = TopologicalOrder.structural(output);
        if (answer == null || answer.length != 2 || answer[0].length != order.size()) {
            throw new AssertionError(Feedback.text("ex8.shape"));
        }
        return new Replayed(order, answer);
    }

    static void expect(String what, double expected, double actual) {
        if (!(Math.abs(expected - actual) <= TOLERANCE * Math.max(1, Math.abs(expected)))) {
            throw Laws.expectedGot(what, expected, actual);
        }
    }

    // w = a·(v + b) at a = 2, b = 1, v = 3: w = 8, ∂w/∂a = v + b = 4, ∂w/∂v = ∂w/∂b = a = 2
    @Test
    @Order(1)
    @Points(value = 2, hint = "ex8.notebook")
    void the_notebook_cell(Values values, Students<Values> students) {
        Leaf a = Leaf.of("a", 2);
        Leaf b = Leaf.of("b", 1);
        Leaf v = Leaf.of("v", 3);
        Node w = a.mul(v.add(b));
        Sandbox.run(() -> {
            Replayed replayed = replay(students, values, w, 1);
            expect("w.data()", 8, replayed.data(w));
            expect("w.grad()", 1, replayed.grad(w));
            expect("a.grad()", 4, replayed.grad(a));
            expect("v.grad()", 2, replayed.grad(v));
            expect("b.grad()", 2, replayed.grad(b));
        });
    }

    // each operation alone at x = 0.7, y = −1.3: d(x + y) = (1, 1), d(x·y) = (y, x), d xᵖ = p·xᵖ⁻¹ (0 for p = 0),
    // d tanh x = 1 − tanh² x, d eˣ = eˣ, d relu x = 1 for x > 0 and 0 for x ≤ 0
    @Test
    @Order(2)
    @Points(value = 2, hint = "ex8.local")
    void each_operation_has_its_local_derivative(Values values, Students<Values> students) {
        double x0 = 0.7;
        double y0 = -1.3;
        Sandbox.run(() -> {
            Leaf x = Leaf.of("x", x0);
            Leaf y = Leaf.of("y", y0);
            Replayed sum = replay(students, values, x.add(y), 1);
            expect("data(x + y)", x0 + y0, sum.data(sum.order().output()));
            expect("∂(x + y)/∂x", 1, sum.grad(x));
            expect("∂(x + y)/∂y", 1, sum.grad(y));
            Replayed product = replay(students, values, x.mul(y), 1);
            expect("data(x · y)", x0 * y0, product.data(product.order().output()));
            expect("∂(x · y)/∂x", y0, product.grad(x));
            expect("∂(x · y)/∂y", x0, product.grad(y));
            for (double p : new double[] {2, 3, 0.5, -1, 0}) {
                Replayed power = replay(students, values, x.pow(p), 1);
                expect("data(x^" + p + ")", Math.pow(x0, p), power.data(power.order().output()));
                expect("d/dx x^" + p + " (x = 0.7)", p == 0 ? 0 : p * Math.pow(x0, p - 1), power.grad(x));
            }
            double t = Math.tanh(x0);
            Replayed tanh = replay(students, values, x.tanh(), 1);
            expect("data(tanh x)", t, tanh.data(tanh.order().output()));
            expect("d/dx tanh x (x = 0.7)", 1 - t * t, tanh.grad(x));
            Replayed exp = replay(students, values, x.exp(), 1);
            expect("d/dx eˣ (x = 0.7)", Math.exp(x0), exp.grad(x));
            expect("d/dx relu(x) (x = 0.7)", 1, replay(students, values, x.relu(), 1).grad(x));
            expect("d/dx relu(x) (x = −1.3)", 0, replay(students, values, y.relu(), 1).grad(y));
            Leaf zero = Leaf.of("z", 0);
            expect("d/dx relu(x) (x = 0)", 0, replay(students, values, zero.relu(), 1).grad(zero));
        });
    }

    // ∂(x + x)/∂x = 2; a = 1, b = a + a, c = b + b ⇒ ∂c/∂a = 4 (micrograd #64); c = a + b, d = a·b, e = c + d, f = c·d,
    // y = e + f at a = 2, b = 3 ⇒ ∂y/∂a = 25, ∂y/∂b = 19 (micrograd #68, by hand: 1 + b + ab + (a + b)b and 1 + a + ab + (a + b)a)
    @Test
    @Order(3)
    @Points(value = 2, hint = "ex8.fanOut")
    void fan_out_sums(Values values, Students<Values> students) {
        Sandbox.run(() -> {
            Leaf x = Leaf.of("x", 3);
            expect("∂(x + x)/∂x", 2, replay(students, values, x.add(x), 1).grad(x));
            Leaf a = Leaf.of("a", 1);
            Node b = a.add(a);
            expect("∂c/∂a (b = a + a, c = b + b)", 4, replay(students, values, b.add(b), 1).grad(a));
            Leaf p = Leaf.of("a", 2);
            Leaf q = Leaf.of("b", 3);
            Node c = p.add(q);
            Node d = p.mul(q);
            Replayed y = replay(students, values, c.add(d).add(c.mul(d)), 1);
            expect("∂y/∂a (micrograd #68)", 25, y.grad(p));
            expect("∂y/∂b (micrograd #68)", 19, y.grad(q));
        });
    }

    // data(y) = the engine's value, and ∂y/∂xᵢ = forward mode (Commons Math DerivativeStructure), on random graphs
    @Test
    @Order(4)
    @Points(value = 2, hint = "ex8.order")
    void agrees_with_forward_mode(Values values, Students<Values> students) {
        Sandbox.run(() -> Spec.forAll(RandomGraphs.graphs(OPERATIONS), EXAMPLES, (GraphCase graph) -> {
            Replayed replayed = replay(students, values, graph.output(), 1);
            expect("data(y), y = " + graph, graph.output().value(), replayed.data(graph.output()));
            DerivativeStructureOracle oracle = new DerivativeStructureOracle(graph.inputs());
            for (int i = 0; i < graph.inputs().size(); i++) {
                Leaf input = graph.inputs().get(i);
                if (replayed.order().contains(input)) {
                    expect("∂y/∂" + input.name(), oracle.partial(graph.output(), i), replayed.grad(input));
                }
            }
        }));
    }

    // y = x · 1.0001 · 1.0001 ⋯ (25,000 products, 50,000 values): ∂y/∂x = 1.0001²⁵⁰⁰⁰ ≈ 12.18, with no stack overflow
    @Test
    @Order(5)
    @Points(value = 1, hint = "ex8.deep")
    void a_chain_of_fifty_thousand_values(Values values, Students<Values> students) {
        Leaf x = Leaf.of("x", 0.3);
        Node y = x;
        for (int k = 0; k < 25_000; k++) {
            y = y.mul(1.0001);
        }
        Node output = y;
        double gradient = Math.pow(1.0001, 25_000);
        Sandbox.run(() -> expect("∂y/∂x (y = x · 1.0001 · … · 1.0001, 25 000 × 1.0001)", gradient, replay(students, values, output, 1).grad(x)));
    }

    // two calls of backward() ⇒ every grad is twice ∂y/∂v, as in PyTorch (y = x·x + x at x = 3: 2·7)
    @Test
    @Order(6)
    @Points(value = 1, hint = "ex8.twice")
    void backward_twice_adds_twice(Values values, Students<Values> students) {
        Leaf x = Leaf.of("x", 3);
        Node y = x.mul(x).add(x);
        Sandbox.run(() -> expect("x.grad() (2 × backward(), y = x·x + x, x = 3)", 14,
                replay(students, values, y, 2).grad(x)));
    }
}
