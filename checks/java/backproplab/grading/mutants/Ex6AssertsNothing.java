package backproplab.grading.mutants;

import backproplab.course.Backpropagation;
import backproplab.grading.reference.Reference6Specification;
import backproplab.spec.RandomGraphs;
import backproplab.spec.Spec;

/** Exercise 6, a law that asserts nothing: it runs the engine and never compares. */
public final class Ex6AssertsNothing extends Reference6Specification {

    @Override
    public void sumRule(Backpropagation subject) {
        Spec.forAll(RandomGraphs.combinations(), 200, c -> subject.of(c.f().output().add(c.g().output())));
    }
}
