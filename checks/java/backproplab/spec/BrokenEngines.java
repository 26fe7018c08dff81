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
     * @param name a short name
     * @param mistake the mistake, as a hint would state it
     * @param engine the engine
     */
    public record Broken(String name, String mistake, Backpropagation engine) {
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
                new Broken("sin' = -cos", "d/dx sin x written as −cos x", loop(Overwrite.NEVER, false, BrokenEngines::sinPrimeMinusCos)),
                new Broken("log' = 1/x^2", "d/dx ln x written as 1/x²", loop(Overwrite.NEVER, false, BrokenEngines::logPrimeOverSquare)),
                new Broken("overwrite at fan-out", "the adjoint of a shared node overwritten instead of summed",
                        loop(Overwrite.ALWAYS, false, Operation::partial)),
                new Broken("overwrite at an inner fan-out",
                        "the adjoint of a shared operation overwritten instead of summed (a shared input is summed right)",
                        loop(Overwrite.OPERATIONS, false, Operation::partial)),
                new Broken("reversed topological order", "the nodes visited inputs first instead of output first",
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
