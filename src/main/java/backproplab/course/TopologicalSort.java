package backproplab.course;

/** Exercise 2: a topological order of a computational graph. */
public interface TopologicalSort {

    /**
     * Every node of {@code dag}, each exactly once, every input before the nodes that use it, so
     * the output comes last. It must work on a chain of 100,000 nodes (no recursion: use your own
     * stack) and on graphs where one node is shared by many paths (visit each node once).
     */
    int[] order(Dag dag);
}
