package backproplab.spec;

import backproplab.graph.Graphs;
import backproplab.graph.Leaf;
import backproplab.graph.Node;
import backproplab.reverse.Gradients;
import backproplab.reverse.ReverseMode;
import java.util.List;
import java.util.function.Consumer;

/**
 * PyTorch's rules for {@code .grad}, as laws over a generated graph and a chosen number: checked on
 * the engine's {@code Tensor} ({@code PyTorchLawsChecks}) and on exercise 4.
 */
public final class AccumulationLaws {

    /** The mask under which every input requires grad. */
    public static final int ALL = (1 << RandomGraphs.MAX_INPUTS) - 1;

    private AccumulationLaws() {
    }

    /** Where gradients accumulate: one graph, with the inputs of a mask requiring grad. */
    public interface Session {

        /** Whether the output requires grad (some input it depends on does). */
        boolean requiresGrad();

        /** One backward() from the output. */
        void backward();

        /** The accumulated gradient of {@code node} of the generated graph, or null (None). */
        Double grad(Node node);

        /** zeroGrad() on every leaf. */
        void zeroGrad();
    }

    /** What is checked: a way to start a session on a graph. */
    @FunctionalInterface
    public interface Subject {

        /** A session on {@code graph}, where input i requires grad when bit i of {@code mask} is set. */
        Session start(GraphCase graph, int mask);
    }

    /** A graph and a number drawn with it (how many calls, which inputs, which node). */
    public record Case(GraphCase graph, int choice) {
        @Override
        public String toString() {
            return graph + "   (choice " + choice + ")";
        }
    }

    // k calls of backward() ⇒ x.grad = k · ∂y/∂x, and None for an input y does not use
    public static Consumer<Case> kCallsGiveKTimesTheGradient(Subject subject) {
        return c -> {
            int k = c.choice() % 5 + 1;
            Session session = subject.start(c.graph(), ALL);
            if (!session.requiresGrad()) {
                return;
            }
            for (int call = 0; call < k; call++) {
                session.backward();
            }
            Gradients gradients = ReverseMode.gradients(c.graph().output());
            for (Leaf leaf : c.graph().inputs()) {
                Double grad = session.grad(leaf);
                if (!gradients.reaches(leaf)) {
                    if (grad != null) {
                        throw new AssertionError(Laws.WORDS.get("acc.unusedHasGrad", leaf.name(), grad));
                    }
                    continue;
                }
                if (grad == null) {
                    throw new AssertionError(Laws.WORDS.get("acc.noneAfter", leaf.name(), k));
                }
                // k additions of one double round at most k times, each within half an ulp of the sum
                Laws.assertClose(k + " × backward(): " + leaf.name() + ".grad", k * gradients.of(leaf), grad,
                        k * Math.ulp(1.0), Math.max(1, Math.abs(k * gradients.of(leaf))));
            }
        };
    }

    // zeroGrad() ⇒ x.grad = 0 for every x with a gradient, and the next backward() gives ∂y/∂x again
    public static Consumer<Case> zeroingResets(Subject subject) {
        return c -> {
            Session session = subject.start(c.graph(), ALL);
            if (!session.requiresGrad()) {
                return;
            }
            for (int call = 0; call <= c.choice() % 3; call++) {
                session.backward();
            }
            session.zeroGrad();
            for (Leaf leaf : c.graph().inputs()) {
                Double grad = session.grad(leaf);
                if (grad != null && grad != 0.0) {
                    throw new AssertionError(Laws.WORDS.get("acc.notZero", leaf.name(), grad));
                }
            }
            session.backward();
            Gradients gradients = ReverseMode.gradients(c.graph().output());
            for (Leaf leaf : c.graph().inputs()) {
                if (gradients.reaches(leaf)) {
                    Double grad = session.grad(leaf);
                    if (grad == null) {
                        throw new AssertionError(Laws.WORDS.get("acc.noneAfterZero", leaf.name()));
                    }
                    Laws.assertClose(leaf.name() + ".grad after zeroGrad() and one backward()", gradients.of(leaf), grad);
                }
            }
        };
    }

    // x.grad ≠ None ⇔ x is a leaf that requires grad and reaches y; then x.grad = ∂y/∂x
    public static Consumer<Case> onlyLeavesThatRequireGradGetAGradient(Subject subject) {
        return c -> {
            int mask = c.choice() % (ALL + 1);
            Session session = subject.start(c.graph(), mask);
            List<Leaf> used = Graphs.leaves(c.graph().output());
            boolean anyRequires = false;
            for (int i = 0; i < c.graph().inputs().size(); i++) {
                anyRequires |= (mask >> i & 1) == 1 && used.contains(c.graph().inputs().get(i));
            }
            if (session.requiresGrad() != anyRequires) {
                throw new AssertionError(Laws.WORDS.get("acc.requiresMismatch", session.requiresGrad(), anyRequires));
            }
            if (!anyRequires) {
                return;
            }
            session.backward();
            Gradients gradients = ReverseMode.gradients(c.graph().output());
            for (int i = 0; i < c.graph().inputs().size(); i++) {
                Leaf leaf = c.graph().inputs().get(i);
                boolean requires = (mask >> i & 1) == 1;
                Double grad = session.grad(leaf);
                if (!requires || !used.contains(leaf)) {
                    if (grad != null) {
                        throw new AssertionError(Laws.WORDS.get(requires ? "acc.unusedHasGrad" : "acc.notRequiringHasGrad",
                                leaf.name(), grad));
                    }
                } else if (grad == null) {
                    throw new AssertionError(Laws.WORDS.get("acc.requiringNone", leaf.name()));
                } else {
                    Laws.assertClose(leaf.name() + ".grad", gradients.of(leaf), grad);
                }
            }
            for (Node node : Graphs.topologicalOrder(c.graph().output())) {
                if (node.arity() > 0 && session.grad(node) != null) {
                    throw new AssertionError(Laws.WORDS.get("acc.nonLeafHasGrad", node, session.grad(node)));
                }
            }
        };
    }
}
