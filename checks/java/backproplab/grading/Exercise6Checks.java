package backproplab.grading;

import backproplab.course.Backpropagation;
import backproplab.course.Specification;
import backproplab.exercises.Exercise6Specification;
import backproplab.spec.BrokenEngines;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;

/**
 * Exercise 6, writing the specification: each law the student writes must hold for the correct
 * engine and break on every broken engine its statement names ({@link BrokenEngines}). A law that
 * asserts nothing passes on everything, so it earns nothing.
 */
@Graded(exercise = 6, subject = Specification.class, student = Exercise6Specification.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Tag("ex6")
class Exercise6Checks {

    /** The broken engine with the given name. */
    static BrokenEngines.Broken broken(String name) {
        return BrokenEngines.all().stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow();
    }

    /**
     * Every engine is handed to the law in the same disguise, and each call gets a fresh instance of
     * the student's class: a law can only tell engines apart by what they compute.
     */
    static Backpropagation disguised(Backpropagation engine) {
        return output -> engine.of(output);
    }

    /** The law holds for the engine and fails for each of {@code mustCatch}. */
    static void judge(String law, Specification laws, BiConsumer<Specification, Backpropagation> check, List<String> mustCatch) {
        try {
            check.accept(Subjects.copyOf(laws), disguised(Backpropagation.engine()));
        } catch (AssertionError e) {
            throw new AssertionError(Feedback.text("ex6.failedOnEngine", law) + System.lineSeparator() + e.getMessage(), e);
        }
        for (String name : mustCatch) {
            BrokenEngines.Broken engine = broken(name);
            boolean caught;
            try {
                check.accept(Subjects.copyOf(laws), disguised(engine.engine()));
                caught = false;
            } catch (AssertionError expected) {
                caught = true;
            }
            if (!caught) {
                throw new AssertionError(Feedback.text("ex6.passedOnBroken", law, engine.mistake()));
            }
        }
    }

    // sumRule holds for the engine and fails for overwrite-at-fan-out and reversed-order engines
    @Test
    @Order(1)
    @Points(value = 5, hint = "ex6.vacuous")
    void the_sum_rule_tells_right_from_wrong(Specification laws) {
        Sandbox.run(() -> judge("sumRule", laws, Specification::sumRule, List.of("overwrite at fan-out", "reversed topological order")));
    }

    // agreesWithFiniteDifferences holds for the engine and fails for all four broken engines
    @Test
    @Order(2)
    @Points(value = 5, hint = "ex6.vacuous")
    void agreement_with_finite_differences_tells_right_from_wrong(Specification laws) {
        Sandbox.run(() -> judge("agreesWithFiniteDifferences", laws, Specification::agreesWithFiniteDifferences,
                BrokenEngines.all().stream().map(BrokenEngines.Broken::name).toList()));
    }

    // fanOutSums holds for the engine and fails for the overwrite-at-fan-out engine
    @Test
    @Order(3)
    @Points(value = 5, hint = "ex6.vacuous")
    void the_fan_out_law_tells_right_from_wrong(Specification laws) {
        Sandbox.run(() -> judge("fanOutSums", laws, Specification::fanOutSums, List.of("overwrite at fan-out")));
    }
}
