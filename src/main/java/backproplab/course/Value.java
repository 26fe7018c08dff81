package backproplab.course;

/**
 * Exercise 8: a number that remembers how it was computed, as micrograd's {@code Value}: each
 * operation returns a new value that knows its inputs and its local derivatives, and
 * {@link #backward()} runs the chain rule over everything the value was computed from.
 */
public interface Value {

    /** The number. */
    double data();

    /** ∂y/∂(this), accumulated by the {@link #backward()} calls of the values y computed from this one; 0 before any. */
    double grad();

    /** this + other. */
    Value add(Value other);

    /** this · other. */
    Value mul(Value other);

    /** thisᵖ for a constant exponent p (d/dx xᵖ = p·xᵖ⁻¹). */
    Value pow(double exponent);

    /** tanh(this) (d/dx tanh x = 1 − tanh² x). */
    Value tanh();

    /** e^this (d/dx eˣ = eˣ). */
    Value exp();

    /** relu(this) = max(this, 0) (d/dx = 1 for x &gt; 0, 0 for x ≤ 0, as PyTorch). */
    Value relu();

    /**
     * Backpropagation from this value y: adds ∂y/∂v to the grad of every value v that y was computed
     * from, and 1 to y's own, visiting each value once, after every value computed from it. Two
     * calls add twice, as in PyTorch.
     */
    void backward();
}
