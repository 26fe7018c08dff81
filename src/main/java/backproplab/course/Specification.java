package backproplab.course;

/**
 * Exercise 6: laws of backpropagation, written as property-based checks. Each method checks one law
 * on many random graphs ({@code backproplab.spec.RandomGraphs}, run with {@code backproplab.spec.Spec.forAll})
 * and throws an {@link AssertionError} when {@code subject} breaks it. It must pass on the correct
 * engine and fail on the broken engines its statement names.
 */
public interface Specification {

    /** ∂(f + g)/∂x = ∂f/∂x + ∂g/∂x for graphs f and g over the same inputs. */
    void sumRule(Backpropagation subject);

    /** ∂y/∂x agrees with a central difference of y, within a tolerance you justify. */
    void agreesWithFiniteDifferences(Backpropagation subject);

    /** Fan-out: a node used k times passes back the sum of what reaches it along its k uses (∂(x + x)/∂x = 2, …). */
    void fanOutSums(Backpropagation subject);
}
