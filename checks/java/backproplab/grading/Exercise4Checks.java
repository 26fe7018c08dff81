package backproplab.grading;

import backproplab.course.Dag;
import backproplab.course.GradientAccumulator;
import backproplab.graph.Leaf;
import backproplab.graph.Node;
import backproplab.graph.Operation;
import backproplab.graph.TopologicalOrder;
import backproplab.reverse.Gradients;
import backproplab.reverse.ReverseMode;
import backproplab.spec.AccumulationLaws;
import backproplab.spec.GraphCase;
import backproplab.spec.RandomGraphs;
import backproplab.spec.Spec;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * Exercise 4, accumulation and zeroing: the specification's PyTorch laws ({@link AccumulationLaws},
 * the same the engine's {@code Tensor} satisfies) on the student's accumulator, fed with exact
 * adjoints on the numbered graph.
 */
@Graded(exercise = 4)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Tag("ex4")
class Exercise4Checks {

    static final int EXAMPLES = 300;

    /** Sessions on the student's accumulator: a fresh one for each graph. */
    static AccumulationLaws.Subject sessions(Supplier<GradientAccumulator> accumulators) {
        return (graph, mask) -> session(graph, mask, accumulators.get());
    }

    /**
     * The graph copied with input i requiring grad when bit i of the mask is set, numbered; its
     * adjoints are the exact ∂y/∂v for every node (as if every input required grad), so an
     * accumulator that ignores requires-grad shows it.
     */
    static AccumulationLaws.Session session(GraphCase graph, int mask, GradientAccumulator accumulator) {
        Map<Node, Node> copy = new IdentityHashMap<>();
        TopologicalOrder order = TopologicalOrder.of(graph.output());
        for (int k = 0; k < order.size(); k++) {
            Node node = order.get(k);
            if (node instanceof Leaf leaf) {
                int i = graph.inputs().indexOf(leaf);
                copy.put(node, Leaf.of(leaf.name(), leaf.value(), i >= 0 && (mask >> i & 1) == 1));
            } else if (node instanceof Operation op) {
                copy.put(node, op.withInputs(op.inputs().stream().map(copy::get).toList()));
            } else {
                copy.put(node, node);
            }
        }
        Node output = copy.get(graph.output());
        Dag dag = Dag.of(output, output.serial());
        Gradients exact = ReverseMode.gradients(graph.output());
        double[] adjoints = new double[dag.size()];
        copy.forEach((original, copied) -> {
            int id = dag.idOf(copied);
            if (id >= 0) {
                adjoints[id] = exact.of(original);
            }
        });
        return new AccumulationLaws.Session() {
            @Override
            public boolean requiresGrad() {
                return output.requiresGrad();
            }

            @Override
            public void backward() {
                accumulator.backward(dag, adjoints);
            }

            @Override
            public Double grad(Node node) {
                Node copied = copy.get(node);
                int id = copied == null ? -1 : dag.idOf(copied);
                return id < 0 ? null : accumulator.grad(id);
            }

            @Override
            public void zeroGrad() {
                accumulator.zeroGrad();
            }
        };
    }

    static Gen<AccumulationLaws.Case> cases(int largestChoice) {
        return RandomGraphs.graphs()
                .zip(source -> (int) source.next(Constraint.between(0, largestChoice)), AccumulationLaws.Case::new)
                .describedAs(AccumulationLaws.Case::toString);
    }

    // k calls of backward() ⇒ x.grad = k · ∂y/∂x
    @Test
    @Order(1)
    @Points(value = 2, hint = "ex4.accumulate")
    void backward_calls_accumulate(GradientAccumulator first, Students<GradientAccumulator> students) {
        Sandbox.run(() -> Spec.forAll(cases(4), EXAMPLES, AccumulationLaws.kCallsGiveKTimesTheGradient(
                sessions(students::another))));
    }

    // zeroGrad() ⇒ x.grad = 0, and the next backward() gives ∂y/∂x again
    @Test
    @Order(2)
    @Points(value = 1, hint = "ex4.zero")
    void zeroing_resets(GradientAccumulator first, Students<GradientAccumulator> students) {
        Sandbox.run(() -> Spec.forAll(cases(2), EXAMPLES, AccumulationLaws.zeroingResets(sessions(students::another))));
    }

    // x.grad ≠ None ⇔ x is a leaf that requires grad and reaches y
    @Test
    @Order(3)
    @Points(value = 2, hint = "ex4.none")
    void only_leaves_that_require_grad_get_a_gradient(GradientAccumulator first, Students<GradientAccumulator> students) {
        Sandbox.run(() -> Spec.forAll(cases(AccumulationLaws.ALL), EXAMPLES,
                AccumulationLaws.onlyLeavesThatRequireGradGetAGradient(sessions(students::another))));
    }
}
