package backproplab.spec;

import backproplab.course.Dag;
import java.util.Arrays;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Laws of the graph-theory view ({@link Dag}): what a topological order of a computational graph
 * must be. Checked on the engine's order ({@code GraphTheoryChecks}) and on exercise 2.
 */
public final class DagLaws {

    private DagLaws() {
    }

    /** Every node once; for every edge u → v, u comes before v; the output last. */
    public static void assertTopologicalOrder(Dag dag, int[] order) {
        if (order == null || order.length != dag.size()) {
            throw new AssertionError(Laws.WORDS.get("dag.size", order == null ? 0 : order.length, dag.size())
                    + System.lineSeparator() + dag);
        }
        int[] position = new int[dag.size()];
        Arrays.fill(position, -1);
        for (int k = 0; k < order.length; k++) {
            int node = order[k];
            if (node < 0 || node >= dag.size() || position[node] >= 0) {
                String problem = node < 0 || node >= dag.size() ? "dag.badNode" : "dag.twice";
                throw new AssertionError(Laws.WORDS.get(problem, node, k, Arrays.toString(order)) + System.lineSeparator() + dag);
            }
            position[node] = k;
        }
        for (int v = 0; v < dag.size(); v++) {
            for (Dag.Edge edge : dag.inputs(v)) {
                if (position[edge.from()] > position[v]) {
                    throw new AssertionError(Laws.WORDS.get("dag.inputAfter", edge.from(), v, Arrays.toString(order))
                            + System.lineSeparator() + dag);
                }
            }
        }
        if (order[order.length - 1] != dag.output()) {
            throw new AssertionError(Laws.WORDS.get("dag.outputNotLast", dag.output(), Arrays.toString(order)));
        }
    }

    /** The law on each generated graph, numbered by {@link Dag#of}; {@code subject} orders it. */
    public static Consumer<GraphCase> ordersTopologically(BiFunction<GraphCase, Dag, int[]> subject) {
        return graph -> {
            Dag dag = Dag.of(graph.output(), graph.output().serial());
            assertTopologicalOrder(dag, subject.apply(graph, dag));
        };
    }
}
