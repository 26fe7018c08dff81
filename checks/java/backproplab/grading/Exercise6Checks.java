package backproplab.grading;

import backproplab.course.Backpropagation;
import backproplab.course.Specification;
import backproplab.kit.Kit;
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
@Graded(exercise = 6)
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

    /**
     * The law holds for the engine and fails for each of {@code mustCatch}; each run gets the
     * student's class in a new session, with fresh classes, so nothing of one run reaches the next.
     */
    static void judge(String law, Students<Specification> laws, BiConsumer<Specification, Backpropagation> check,
            List<String> mustCatch) {
        try {
            check.accept(laws.isolated(), disguised(Kit.engine()));
        } catch (AssertionError e) {
            throw new Hinted(Feedback.text("ex6.failedOnEngine", law) + System.lineSeparator() + e.getMessage(), "ex6.correct");
        }
        for (String name : mustCatch) {
            BrokenEngines.Broken engine = broken(name);
            boolean caught;
            try {
                check.accept(laws.isolated(), disguised(engine.engine()));
                caught = false;
            } catch (AssertionError expected) {
                caught = true;
            }
            if (!caught) {
                throw new Hinted(Feedback.text("ex6.passedOnBroken", law, engine.mistake()),
                        name.equals("overwrite at an inner fan-out") ? "ex6.oneExample" : "ex6.vacuous");
            }
        }
    }

    // sumRule holds for the engine and fails for overwrite-at-fan-out and reversed-order engines
    @Test
    @Order(1)
    @Points(value = 4, hint = "ex6.vacuous")
    void the_sum_rule_tells_right_from_wrong(Students<Specification> laws) {
        Sandbox.run(() -> judge("sumRule", laws, Specification::sumRule, List.of("overwrite at fan-out", "reversed topological order")));
    }

    // agreesWithFiniteDifferences holds for the engine and fails for every broken engine
    @Test
    @Order(2)
    @Points(value = 3, hint = "ex6.vacuous")
    void agreement_with_finite_differences_tells_right_from_wrong(Students<Specification> laws) {
        Sandbox.run(() -> judge("agreesWithFiniteDifferences", laws, Specification::agreesWithFiniteDifferences,
                BrokenEngines.all().stream().map(BrokenEngines.Broken::name).toList()));
    }

    // fanOutSums holds for the engine and fails for both overwrite-at-fan-out engines (a shared input, a shared operation)
    @Test
    @Order(3)
    @Points(value = 3, hint = "ex6.vacuous")
    void the_fan_out_law_tells_right_from_wrong(Students<Specification> laws) {
        Sandbox.run(() -> judge("fanOutSums", laws, Specification::fanOutSums, List.of("overwrite at fan-out", "overwrite at an inner fan-out")));
    }
}
