package ex6;

import backproplab.course.Backpropagation;
import backproplab.course.NotImplementedYet;
import backproplab.course.Specification;

/**
 * Exercise 6 — write the specification. Statement: exercises/statements/6-specification.es.md
 * (español) or .en.md (English). Use {@code backproplab.spec.Spec.forAll} with the generators of
 * {@code backproplab.spec.RandomGraphs}, and throw an AssertionError when a law is broken.
 */
public final class Exercise6Specification implements Specification {

    @Override
    public void sumRule(Backpropagation subject) {
        throw new NotImplementedYet(6, "Exercise6Specification.sumRule");
    }

    @Override
    public void agreesWithFiniteDifferences(Backpropagation subject) {
        throw new NotImplementedYet(6, "Exercise6Specification.agreesWithFiniteDifferences");
    }

    @Override
    public void fanOutSums(Backpropagation subject) {
        throw new NotImplementedYet(6, "Exercise6Specification.fanOutSums");
    }
}
