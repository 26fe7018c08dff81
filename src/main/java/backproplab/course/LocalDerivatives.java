package backproplab.course;

/**
 * Exercise 1: the local derivatives of the operations, the pieces the chain rule multiplies. Each
 * method returns the derivative of one operation at the given point, as a number.
 */
public interface LocalDerivatives {

    /** ∂(x + y)/∂x and ∂(x + y)/∂y. */
    Partials add(double x, double y);

    /** ∂(x · y)/∂x and ∂(x · y)/∂y. */
    Partials mul(double x, double y);

    /** ∂(x / y)/∂x and ∂(x / y)/∂y, for y ≠ 0. */
    Partials div(double x, double y);

    /** d/dx xᵖ for a constant exponent p (0 when p = 0, even at x = 0, as in PyTorch). */
    double pow(double x, double p);

    /** d/dx sin x. */
    double sin(double x);

    /** d/dx cos x. */
    double cos(double x);

    /** d/dx eˣ. */
    double exp(double x);

    /** d/dx ln x, for x > 0. */
    double log(double x);

    /** d/dx tanh x. */
    double tanh(double x);

    /** d/dx relu(x) = d/dx max(x, 0): 1 for x &gt; 0, and 0 for x ≤ 0 (PyTorch's choice at the kink). */
    double relu(double x);

    /** d/dx σ(x), where σ(x) = 1 / (1 + e⁻ˣ). */
    double sigmoid(double x);
}
