package backproplab.course;

/**
 * Exercise 9: a two-layer perceptron for two classes of points in the plane,
 * P(class 1 | x) = σ(v · tanh(W x + b) + c), trained by gradient descent on the mean cross-entropy.
 */
public interface Classifier {

    /**
     * Trains the network from scratch: {@code hidden} hidden units, weights drawn from
     * {@code new java.util.Random(seed)}, then {@code steps} steps of gradient descent of size
     * {@code learningRate} on the mean cross-entropy over all the points, each gradient computed by
     * {@code engine}. Returns the loss before each step ({@code steps} numbers).
     */
    double[] train(double[][] points, int[] labels, int hidden, double learningRate, int steps, long seed,
            Backpropagation engine);

    /** P(class 1 | (x₁, x₂)) of the trained network. */
    double probability(double x1, double x2);
}
