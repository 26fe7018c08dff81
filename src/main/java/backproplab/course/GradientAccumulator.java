package backproplab.course;

/**
 * Exercise 4: PyTorch's {@code .grad}, accumulated over calls of {@code backward()}. One instance
 * holds the gradients of the leaves of one graph.
 */
public interface GradientAccumulator {

    /**
     * One {@code backward()}: adds ∂y/∂leaf, given as {@code adjoints} (indexed by node number), into
     * the gradient of every leaf of {@code dag} that requires grad.
     */
    void backward(Dag dag, double[] adjoints);

    /**
     * PyTorch's {@code .grad} of {@code node}: null (None) until a backward() adds to it, and always
     * null for a node that is not a leaf or does not require grad.
     */
    Double grad(int node);

    /** PyTorch's {@code .grad.zero_()} on every leaf: a gradient becomes 0; one that is null stays null. */
    void zeroGrad();
}
