package backproplab.spec;

import backproplab.graph.Constant;
import backproplab.graph.Graphs;
import backproplab.graph.Leaf;
import backproplab.graph.Node;
import backproplab.graph.Operation;
import backproplab.reverse.Gradients;
import backproplab.reverse.ReverseMode;
import backproplab.torch.NoGrad;
import backproplab.torch.Tensor;
import backproplab.torch.Torch;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * PyTorch's semantics, as laws over random graphs replayed through the {@code Tensor} API: gradients
 * accumulate into leaves, zeroing resets them, only tensors that require grad receive them, and
 * nothing flows back through a detached value or one computed without grad.
 */
@SuppressWarnings("try") // a no-grad scope is used for its effect, like PyTorch's with torch.no_grad()
class PyTorchLawsChecks {

    static final int EXAMPLES = 300;

    static Gen<AccumulationLaws.Case> cases(int largestChoice) {
        return RandomGraphs.graphs()
                .zip(source -> (int) source.next(Constraint.between(0, largestChoice)), AccumulationLaws.Case::new)
                .describedAs(AccumulationLaws.Case::toString);
    }

    static Map<Leaf, Tensor> tensors(List<Leaf> inputs, int requiresGradMask) {
        Map<Leaf, Tensor> tensors = new LinkedHashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            Leaf leaf = inputs.get(i);
            boolean requires = (requiresGradMask >> i & 1) == 1;
            tensors.put(leaf, requires ? Torch.tensor(leaf.name(), leaf.value(), Torch.REQUIRES_GRAD)
                    : Torch.tensor(leaf.name(), leaf.value()));
        }
        return tensors;
    }

    static final int ALL = AccumulationLaws.ALL;

    /** The engine's sessions: the graph replayed through the Tensor API. */
    static final AccumulationLaws.Subject ENGINE = (graph, mask) -> {
        Map<Leaf, Tensor> leaves = tensors(graph.inputs(), mask);
        TensorReplay replay = new TensorReplay(leaves, (node, tensor) -> tensor);
        Tensor y = replay.evaluate(graph.output());
        return new AccumulationLaws.Session() {
            @Override
            public boolean requiresGrad() {
                return y.requiresGrad();
            }

            @Override
            public void backward() {
                y.backward();
            }

            @Override
            public Double grad(Node node) {
                Tensor tensor = node instanceof Leaf leaf ? leaves.get(leaf) : replay.evaluated(node);
                return tensor == null ? null : tensor.grad();
            }

            @Override
            public void zeroGrad() {
                leaves.values().forEach(Tensor::zeroGrad);
            }
        };
    };

    @Nested
    class Accumulation {

        // k calls of backward() ⇒ x.grad = k · ∂y/∂x, and None for an input y does not use
        @Test
        void k_backward_calls_give_k_times_the_gradient() {
            Spec.forAll(cases(4), EXAMPLES, AccumulationLaws.kCallsGiveKTimesTheGradient(ENGINE));
        }

        // zeroGrad() ⇒ x.grad = 0, and the next backward() gives ∂y/∂x again
        @Test
        void zeroing_resets_the_accumulated_gradient() {
            Spec.forAll(cases(2), EXAMPLES, AccumulationLaws.zeroingResets(ENGINE));
        }
    }

    @Nested
    class Requires_grad {

        // x.grad ≠ None ⇔ x is a leaf that requires grad and reaches y; then x.grad = ∂y/∂x
        @Test
        void only_leaves_that_require_grad_receive_a_gradient() {
            Spec.forAll(cases(AccumulationLaws.ALL), EXAMPLES, AccumulationLaws.onlyLeavesThatRequireGradGetAGradient(ENGINE));
        }
    }

    @Nested
    class Detach_and_no_grad {

        // y built with v.detach() in place of v ⇒ ∇y = ∇(y with v a constant)
        @Test
        void nothing_flows_into_a_detached_value() {
            Spec.forAll(cases(100), EXAMPLES, c -> cut(c, Tensor::detach));
        }

        // y built with v computed inside noGrad() ⇒ ∇y = ∇(y with v a constant)
        @Test
        void nothing_flows_into_a_value_computed_without_grad() {
            Spec.forAll(cases(100), EXAMPLES, c -> cut(c, tensor -> {
                try (NoGrad scope = Torch.noGrad()) {
                    return tensor.mul(1);
                }
            }));
        }

        /**
         * Replays the graph with the tensor of one operation node (chosen by the case) passed
         * through {@code cutter}, and compares the leaves' gradients with those of the graph where
         * that node is a constant of the same value.
         */
        private void cut(AccumulationLaws.Case c, UnaryOperator<Tensor> cutter) {
            List<Node> operations = Graphs.topologicalOrder(c.graph().output()).stream()
                    .filter(n -> n instanceof Operation).collect(Collectors.toList());
            if (operations.isEmpty()) {
                return;
            }
            Node chosen = operations.get(c.choice() % operations.size());
            Map<Leaf, Tensor> leaves = tensors(c.graph().inputs(), ALL);
            Tensor y = new TensorReplay(leaves, (node, tensor) -> node == chosen ? cutter.apply(tensor) : tensor)
                    .evaluate(c.graph().output());
            Node withConstant = Graphs.transform(c.graph().output(), (node, inputs) -> node == chosen
                    ? Constant.of(node.value()) : node instanceof Operation op ? op.withInputs(inputs) : node);
            Gradients expected = ReverseMode.gradients(withConstant);
            if (!y.requiresGrad()) {
                if (withConstant.requiresGrad()) {
                    throw new AssertionError("the cut graph requires grad, but its tensor does not");
                }
                return;
            }
            y.backward();
            leaves.forEach((leaf, tensor) -> {
                double grad = tensor.grad() == null ? 0.0 : tensor.grad();
                Laws.assertClose(leaf.name() + ".grad with " + chosen + " cut from the graph", expected.of(leaf), grad);
            });
        }
    }
}
