package backproplab.spec;

import backproplab.course.Backpropagation;
import backproplab.graph.Constant;
import backproplab.graph.Log;
import backproplab.graph.Node;
import backproplab.graph.Operation;
import backproplab.graph.Sin;
import backproplab.graph.TopologicalOrder;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Plausible wrong engines: reverse mode written the way students and bug reports get it wrong, each
 * one change away from the engine's loop. The specification must catch every one of them
 * ({@code BrokenEnginesChecks}), and the graded exercise that asks students to write laws uses them
 * as the engines their laws must reject.
 */
public final class BrokenEngines {

    /**
     * A broken engine and what is wrong with it.
     *
     * @param name a short name, its identifier
     * @param key the key of its mistake in the specification's words
     * @param engine the engine
     */
    public record Broken(String name, String key, Backpropagation engine) {

        /** The mistake, as a hint would state it, in the language of the run. */
        public String mistake() {
            return Laws.WORDS.get("broken." + key);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private BrokenEngines() {
    }

    /** Every broken engine. */
    public static List<Broken> all() {
        return List.of(
                new Broken("sin' = -cos", "sinPrimeMinusCos", loop(Overwrite.NEVER, false, BrokenEngines::sinPrimeMinusCos)),
                new Broken("log' = 1/x^2", "logPrimeOverSquare", loop(Overwrite.NEVER, false, BrokenEngines::logPrimeOverSquare)),
                new Broken("overwrite at fan-out", "overwriteAtFanOut",
                        loop(Overwrite.ALWAYS, false, Operation::partial)),
                new Broken("overwrite at an inner fan-out", "overwriteAtAnInnerFanOut",
                        loop(Overwrite.OPERATIONS, false, Operation::partial)),
                new Broken("reversed topological order", "reversedOrder",
                        loop(Overwrite.NEVER, true, Operation::partial)));
    }

    private static Node sinPrimeMinusCos(Operation op, int i) {
        return op instanceof Sin ? op.input(0).cos().neg() : op.partial(i);
    }

    private static Node logPrimeOverSquare(Operation op, int i) {
        return op instanceof Log ? Constant.ONE.div(op.input(0).pow(2)) : op.partial(i);
    }

    /**
     * Where the fan-out rule is broken: nowhere, at every shared node, or only at a shared
     * operation, which a law tried only on x + x (a shared input) cannot see.
     */
    private enum Overwrite { NEVER, ALWAYS, OPERATIONS }

    /** The engine's reverse-mode loop, with the given mistakes. */
    private static Backpropagation loop(Overwrite overwrite, boolean forward, BiFunction<Operation, Integer, Node> rule) {
        return output -> {
            TopologicalOrder order = TopologicalOrder.of(output, Node::requiresGrad);
            int n = order.size();
            double[] adjoint = new double[n];
            adjoint[n - 1] = 1;
            for (int step = 0; step < n; step++) {
                int k = forward ? step : n - 1 - step;
                if (!(order.get(k) instanceof Operation op)) {
                    continue;
                }
                for (int i = 0; i < op.arity(); i++) {
                    if (!op.input(i).requiresGrad()) {
                        continue;
                    }
                    double contribution = adjoint[k] * rule.apply(op, i).value();
                    int j = order.indexOf(op.input(i));
                    boolean overwrites = overwrite == Overwrite.ALWAYS
                            || overwrite == Overwrite.OPERATIONS && op.input(i) instanceof Operation;
                    adjoint[j] = overwrites ? contribution : adjoint[j] + contribution;
                }
            }
            return node -> {
                int position = order.indexOf(node);
                return position < 0 ? 0.0 : adjoint[position];
            };
        };
    }
}
