package backproplab.course;

/**
 * The two local partial derivatives of an operation of two inputs x and y.
 *
 * @param dx ∂f/∂x
 * @param dy ∂f/∂y
 */
public record Partials(double dx, double dy) {
}
