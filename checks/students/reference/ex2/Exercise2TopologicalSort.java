package ex2;

import backproplab.course.Dag;
import backproplab.course.TopologicalSort;
import java.util.ArrayDeque;
import java.util.Deque;

/** Exercise 2, solved: depth-first search from the output with an explicit stack; post-order. */
public final class Exercise2TopologicalSort implements TopologicalSort {

    @Override
    public int[] order(Dag dag) {
        int[] order = new int[dag.size()];
        int placed = 0;
        boolean[] seen = new boolean[dag.size()];
        Deque<int[]> stack = new ArrayDeque<>();
        stack.push(new int[] {dag.output(), 0});
        seen[dag.output()] = true;
        while (!stack.isEmpty()) {
            int[] top = stack.peek();
            int node = top[0];
            if (top[1] < dag.inputs(node).size()) {
                int input = dag.inputs(node).get(top[1]++).from();
                if (!seen[input]) {
                    seen[input] = true;
                    stack.push(new int[] {input, 0});
                }
            } else {
                stack.pop();
                order[placed++] = node;
            }
        }
        return order;
    }
}
