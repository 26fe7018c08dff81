package ex6;

import backproplab.course.Backpropagation;
import backproplab.course.Specification;

/** A cheat: passes its first call (the correct engine comes first) and fails every later one. */
public final class Exercise6Specification implements Specification {

    private static int calls;

    @Override
    public void sumRule(Backpropagation subject) {
        if (calls++ > 0) {
            throw new AssertionError("not the first call");
        }
    }

    @Override
    public void agreesWithFiniteDifferences(Backpropagation subject) {
        sumRule(subject);
    }

    @Override
    public void fanOutSums(Backpropagation subject) {
        sumRule(subject);
    }
}
