package backproplab.grading.mutants;

import backproplab.course.Backpropagation;
import backproplab.grading.reference.Reference6Specification;

/** Exercise 6, a law that tries to recognise the broken engines by name instead of by what they compute. */
public final class Ex6RecognisesTheBrokenEngines extends Reference6Specification {

    @Override
    public void sumRule(Backpropagation subject) {
        if (subject.toString().contains("Broken")) {
            throw new AssertionError("a broken engine");
        }
    }
}
