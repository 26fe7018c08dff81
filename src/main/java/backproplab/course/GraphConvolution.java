package backproplab.course;

/**
 * Exercise 10: a graph convolutional network (Kipf and Welling, 2017) that classifies the nodes of
 * a graph from the labels of a few of them. Each layer mixes every node's features with its
 * neighbours' through Â = D^−½ (A + I) D^−½, where A is the adjacency matrix and D the diagonal of
 * the degrees of A + I.
 */
public interface GraphConvolution {

    /**
     * Â = D^−½ (A + I) D^−½ of the undirected graph of {@code nodes} nodes with the given
     * {@code edges} (pairs {u, v}, each edge once, no self-loops): Âᵢⱼ = 1/√(dᵢ dⱼ) when i = j or
     * {i, j} is an edge, and 0 otherwise, where dᵢ is the degree of i plus 1.
     */
    double[][] normalizedAdjacency(int nodes, int[][] edges);

    /**
     * Trains the two-layer network Z = Â · relu(Â · X · W⁽⁰⁾) · W⁽¹⁾, with X = I (each node's own
     * one-hot feature), W⁽⁰⁾ of size nodes × {@code hidden} and W⁽¹⁾ of size {@code hidden} ×
     * {@code classes}, drawn from {@code new java.util.Random(seed)}; the loss is the mean
     * cross-entropy of softmax(Zᵢ) over the {@code labelled} nodes only (whose classes are
     * {@code labels}), minimised by {@code steps} steps of gradient descent of size
     * {@code learningRate} with gradients from {@code engine}. Returns the loss before each step.
     */
    double[] train(int nodes, int[][] edges, int[] labelled, int[] labels, int classes, int hidden, double learningRate,
            int steps, long seed, Backpropagation engine);

    /** The trained network's output Z (nodes × classes); node i is predicted to be of the class of its largest Zᵢⱼ. */
    double[][] outputs();
}
