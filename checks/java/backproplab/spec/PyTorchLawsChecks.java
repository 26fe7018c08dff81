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
class PyTorchLawsChecks {

    static final int EXAMPLES = 300;

    /** A graph and a number drawn with it (how many calls, which leaves, which node). */
    record Case(GraphCase graph, int choice) {
        @Override
        public String toString() {
            return graph + "   (choice " + choice + ")";
        }
    }

    static Gen<Case> cases(int largestChoice) {
        return RandomGraphs.graphs().zip(source -> (int) source.next(Constraint.between(0, largestChoice)), Case::new)
                .describedAs(Case::toString);
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

    static final int ALL = (1 << RandomGraphs.MAX_INPUTS) - 1;

    @Nested
    class Accumulation {

        // k calls of backward() ⇒ x.grad = k · ∂y/∂x
        @Test
        void k_backward_calls_give_k_times_the_gradient() {
            Spec.forAll(cases(4), EXAMPLES, c -> {
                int k = c.choice() + 1;
                Map<Leaf, Tensor> leaves = tensors(c.graph().inputs(), ALL);
                Tensor y = TensorReplay.plain(leaves, c.graph().output());
                if (!y.requiresGrad()) {
                    return;
                }
                for (int call = 0; call < k; call++) {
                    y.backward();
                }
                Gradients gradients = ReverseMode.gradients(c.graph().output());
                leaves.forEach((leaf, tensor) -> {
                    if (gradients.reaches(leaf)) {
                        // k additions of one double round at most k times, each within half an ulp of the sum
                        Laws.assertClose(k + " × backward(): " + leaf.name() + ".grad", k * gradients.of(leaf),
                                tensor.grad(), k * Math.ulp(1.0), Math.max(1, Math.abs(k * gradients.of(leaf))));
                    } else if (tensor.grad() != null) {
                        throw new AssertionError(leaf.name() + " is not used but its grad is " + tensor.grad());
                    }
                });
            });
        }

        // zeroGrad() ⇒ x.grad = 0, and the next backward() gives ∂y/∂x again
        @Test
        void zeroing_resets_the_accumulated_gradient() {
            Spec.forAll(cases(2), EXAMPLES, c -> {
                Map<Leaf, Tensor> leaves = tensors(c.graph().inputs(), ALL);
                Tensor y = TensorReplay.plain(leaves, c.graph().output());
                if (!y.requiresGrad()) {
                    return;
                }
                for (int call = 0; call <= c.choice(); call++) {
                    y.backward();
                }
                leaves.values().forEach(Tensor::zeroGrad);
                for (Tensor tensor : leaves.values()) {
                    if (tensor.grad() != null && tensor.grad() != 0.0) {
                        throw new AssertionError("after zeroGrad() the grad is " + tensor.grad());
                    }
                }
                y.backward();
                Gradients gradients = ReverseMode.gradients(c.graph().output());
                leaves.forEach((leaf, tensor) -> {
                    if (gradients.reaches(leaf)) {
                        Laws.assertClose(leaf.name() + ".grad after zeroGrad() and one backward()",
                                gradients.of(leaf), tensor.grad());
                    }
                });
            });
        }
    }

    @Nested
    class Requires_grad {

        // y.requires_grad ⇔ some input of y requires grad; only those inputs get .grad, and it is ∂y/∂x
        @Test
        void only_inputs_that_require_grad_receive_a_gradient() {
            Spec.forAll(cases(ALL), EXAMPLES, c -> {
                Map<Leaf, Tensor> leaves = tensors(c.graph().inputs(), c.choice());
                Tensor y = TensorReplay.plain(leaves, c.graph().output());
                List<Leaf> used = Graphs.leaves(c.graph().output());
                boolean anyRequires = used.stream().anyMatch(leaf -> leaves.get(leaf).requiresGrad());
                if (y.requiresGrad() != anyRequires) {
                    throw new AssertionError("y.requiresGrad() is " + y.requiresGrad() + " but inputs that require grad: "
                            + used.stream().filter(l -> leaves.get(l).requiresGrad()).map(Leaf::name).collect(Collectors.toList()));
                }
                if (!anyRequires) {
                    return;
                }
                y.backward();
                Gradients gradients = ReverseMode.gradients(c.graph().output());
                leaves.forEach((leaf, tensor) -> {
                    if (!tensor.requiresGrad() || !used.contains(leaf)) {
                        if (tensor.grad() != null) {
                            throw new AssertionError(leaf.name() + " should have no grad but has " + tensor.grad());
                        }
                    } else {
                        Laws.assertClose(leaf.name() + ".grad", gradients.of(leaf), tensor.grad());
                    }
                });
            });
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
        private void cut(Case c, UnaryOperator<Tensor> cutter) {
            List<Node> operations = Graphs.topologicalOrder(c.graph().output()).stream()
                    .filter(n -> n instanceof Operation).collect(Collectors.toList());
            if (operations.isEmpty()) {
                return;
            }
            Node chosen = operations.get(c.choice() % operations.size());
            Map<Leaf, Tensor> leaves = tensors(c.graph().inputs(), ALL);
            Tensor y = new TensorReplay(leaves, (node, tensor) -> node == chosen ? cutter.apply(tensor) : tensor)
                    .replay(c.graph().output());
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
