package ex2;

import backproplab.course.Dag;
import backproplab.course.NotImplementedYet;
import backproplab.course.TopologicalSort;

/**
 * Exercise 2 — topological order. Statement: exercises/statements/2-topological-order.es.md
 * (español) or .en.md (English).
 */
public final class Exercise2TopologicalSort implements TopologicalSort {

    @Override
    public int[] order(Dag dag) {
        throw new NotImplementedYet(2, "Exercise2TopologicalSort.order");
    }
}
