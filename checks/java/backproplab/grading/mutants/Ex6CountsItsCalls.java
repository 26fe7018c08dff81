package backproplab.grading.mutants;

import backproplab.course.Backpropagation;
import backproplab.grading.reference.Reference6Specification;

/** Exercise 6, a law that passes its first call (the correct engine) and fails every later one. */
public final class Ex6CountsItsCalls extends Reference6Specification {

    private static int calls;

    @Override
    public void sumRule(Backpropagation subject) {
        if (calls++ > 0) {
            throw new AssertionError("not the first call");
        }
    }
}
