package backproplab.grading;

import backproplab.course.Backpropagation;
import backproplab.course.ReverseAccumulation;
import backproplab.course.TopologicalSort;
import backproplab.graph.Leaf;

/**
 * The engine exercise 7 trains with: the student's own, made of their topological sort
 * (exercise 2) and reverse accumulation (exercise 3) through {@link Backpropagation#of}, once both
 * keep the exercise rules and pass a probe; the project's engine until then, so that exercise 7's
 * score does not depend on the other two.
 */
public final class StudentEngine {

    /** How long the probe may run before the student's engine counts as not ready. */
    static final long PROBE_MILLIS = 2_000;

    private StudentEngine() {
    }

    /**
     * Whether {@code sort} and {@code accumulation} keep the rules of exercises 2 and 3 and give
     * the notebook cell's gradient: for w = a·(v + b) at a = 2, b = 1, v = 3, ∂w/∂a = v + b = 4 and
     * ∂w/∂v = ∂w/∂b = a = 2 (by hand).
     */
    public static boolean ready(TopologicalSort sort, ReverseAccumulation accumulation) {
        if (!ExerciseRules.violations(2, sort.getClass()).isEmpty()
                || !ExerciseRules.violations(3, accumulation.getClass()).isEmpty()) {
            return false;
        }
        Backpropagation students = Backpropagation.of(sort, accumulation);
        Leaf a = Leaf.of("a", 2);
        Leaf b = Leaf.of("b", 1);
        Leaf v = Leaf.of("v", 3);
        try {
            return Sandbox.call(PROBE_MILLIS, () -> {
                Backpropagation.Gradient gradient = students.of(a.mul(v.add(b)));
                return gradient.wrt(a) == 4 && gradient.wrt(v) == 2 && gradient.wrt(b) == 2;
            });
        } catch (RuntimeException | AssertionError notYet) {
            return false;
        }
    }

    /** The student's engine if {@link #ready}, else the project's. */
    public static Backpropagation choose(TopologicalSort sort, ReverseAccumulation accumulation) {
        return ready(sort, accumulation) ? Backpropagation.of(sort, accumulation) : Backpropagation.engine();
    }
}
