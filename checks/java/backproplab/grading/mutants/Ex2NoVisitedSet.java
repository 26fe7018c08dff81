package backproplab.grading.mutants;

import backproplab.course.Dag;
import backproplab.grading.reference.Reference2TopologicalSort;
import java.util.ArrayDeque;
import java.util.Deque;

/** Exercise 2, no visited set: a shared node is explored again along every path that reaches it. */
public final class Ex2NoVisitedSet extends Reference2TopologicalSort {

    @Override
    public int[] order(Dag dag) {
        int[] order = new int[dag.size()];
        int placed = 0;
        boolean[] done = new boolean[dag.size()];
        Deque<int[]> stack = new ArrayDeque<>();
        stack.push(new int[] {dag.output(), 0});
        while (!stack.isEmpty()) {
            int[] top = stack.peek();
            if (top[1] < dag.inputs(top[0]).size()) {
                // the mistake: every input is pushed again, even one already explored by another path
                stack.push(new int[] {dag.inputs(top[0]).get(top[1]++).from(), 0});
            } else {
                stack.pop();
                if (!done[top[0]]) {
                    done[top[0]] = true;
                    order[placed++] = top[0];
                }
            }
        }
        return order;
    }
}
