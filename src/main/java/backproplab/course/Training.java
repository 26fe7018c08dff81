package backproplab.course;

/** Exercise 7: gradient descent, with a backpropagation engine, on two small data sets. */
public interface Training {

    /**
     * Fits y ≈ w·x + b by gradient descent on the mean squared error (1/n) Σ (w·xᵢ + b − yᵢ)²,
     * starting from w = b = 0; returns {w, b}.
     */
    double[] fitLine(double[] xs, double[] ys, Backpropagation engine, double learningRate, int steps);

    /**
     * Fits one neuron, P(y = 1 | x) = σ(w₁x₁ + w₂x₂ + b) (logistic regression), by gradient descent on
     * the mean cross-entropy −(1/n) Σ [yᵢ ln pᵢ + (1 − yᵢ) ln(1 − pᵢ)], starting from 0; returns {w₁, w₂, b}.
     */
    double[] fitNeuron(double[][] xs, int[] labels, Backpropagation engine, double learningRate, int steps);
}
