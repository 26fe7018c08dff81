package backproplab.grading.mutants;

import backproplab.course.Dag;
import backproplab.grading.reference.Reference2TopologicalSort;

/** Exercise 2, a recursive depth-first search: right, but it overflows the stack on a deep graph. */
public final class Ex2RecursiveSearch extends Reference2TopologicalSort {

    @Override
    public int[] order(Dag dag) {
        int[] order = new int[dag.size()];
        visit(dag, dag.output(), new boolean[dag.size()], order, new int[1]);
        return order;
    }

    private static void visit(Dag dag, int node, boolean[] seen, int[] order, int[] placed) {
        seen[node] = true;
        for (Dag.Edge edge : dag.inputs(node)) {
            if (!seen[edge.from()]) {
                visit(dag, edge.from(), seen, order, placed);
            }
        }
        order[placed[0]++] = node;
    }
}
