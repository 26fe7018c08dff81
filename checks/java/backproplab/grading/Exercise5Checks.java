package backproplab.grading;

import backproplab.course.Backpropagation;
import backproplab.course.GradientCheck;
import backproplab.kit.Kit;
import backproplab.graph.Graphs;
import backproplab.graph.Leaf;
import backproplab.spec.BrokenEngines;
import backproplab.spec.GraphCase;
import backproplab.spec.Laws;
import backproplab.spec.RandomGraphs;
import backproplab.spec.Spec;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * Exercise 5, numerical gradient check: the central difference is exact on quadratics and its error
 * falls as h²; gradcheck accepts the engine's gradients on random graphs and rejects the broken
 * engines' ({@link BrokenEngines}), with PyTorch's defaults eps = 10⁻⁶, atol = 10⁻⁵, rtol = 10⁻³.
 */
@Graded(exercise = 5)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Tag("ex5")
class Exercise5Checks {

    static final int EXAMPLES = 200;
    static final double EPS = 1e-6;
    static final double ATOL = 1e-5;
    static final double RTOL = 1e-3;

    /** The function of a generated graph: its output with the inputs set to x (by name). */
    static ToDoubleFunction<double[]> function(GraphCase graph) {
        return x -> {
            Map<String, Double> values = new HashMap<>();
            for (int i = 0; i < x.length; i++) {
                values.put(graph.inputs().get(i).name(), x[i]);
            }
            return Graphs.substitute(graph.output(), values).value();
        };
    }

    static double[] point(GraphCase graph) {
        return graph.inputs().stream().mapToDouble(Leaf::value).toArray();
    }

    static double[] gradient(Backpropagation engine, GraphCase graph) {
        Backpropagation.Gradient g = engine.of(graph.output());
        return graph.inputs().stream().mapToDouble(g::wrt).toArray();
    }

    // central difference of 3x² − 2x + 1 = 6x − 2, exactly but for rounding (its error term h²f‴/6 is 0)
    @Test
    @Order(1)
    @Points(value = 2, hint = "ex5.central")
    void the_central_difference_is_exact_on_quadratics(GradientCheck check) {
        Gen<Double> xs = source -> source.next(Constraint.between(-3000, 3000)) / 1000.0;
        Sandbox.run(() -> Spec.forAll(xs, EXAMPLES, x -> {
            double estimate = check.centralDifference(t -> 3 * t * t - 2 * t + 1, x, 1e-3);
            // rounding: about ε·|f|/h ≈ 10⁻¹¹ here; a forward difference is off by h·f″/2 = 3·10⁻³
            if (!(Math.abs(estimate - (6 * x - 2)) <= 1e-8)) {
                throw Laws.expectedGot("(f(x + h) − f(x − h)) / 2h, f = 3x² − 2x + 1, x = " + x + ", h = 0.001", 6 * x - 2, estimate);
            }
        }));
    }

    // |error(h)| / |error(h/2)| ≈ 4 for sin at x = 1: the error falls as h²
    @Test
    @Order(2)
    @Points(value = 1, hint = "ex5.central")
    void the_central_difference_error_falls_as_h_squared(GradientCheck check) {
        Sandbox.run(() -> {
            double coarse = Math.abs(check.centralDifference(Math::sin, 1, 1e-2) - Math.cos(1));
            double fine = Math.abs(check.centralDifference(Math::sin, 1, 5e-3) - Math.cos(1));
            double ratio = coarse / fine;
            if (!(ratio > 3.5 && ratio < 4.5)) {
                throw new AssertionError(Feedback.text("ex5.ratio", ratio));
            }
        });
    }

    // gradcheck(f, x, ∇f(x)) holds for the engine's gradient, on random graphs
    @Test
    @Order(3)
    @Points(value = 3, hint = "ex5.accepts")
    void gradcheck_accepts_correct_gradients(GradientCheck check) {
        Sandbox.run(() -> Spec.forAll(RandomGraphs.graphs(), EXAMPLES, graph -> {
            double[] analytic = gradient(Kit.engine(), graph);
            if (!check.gradcheck(function(graph), point(graph), analytic, EPS, ATOL, RTOL)) {
                throw new AssertionError(Feedback.text("ex5.rejectedCorrect", java.util.Arrays.toString(analytic)) + " — " + graph);
            }
        }));
    }

    // gradcheck(f, x, g) fails when g is a broken engine's gradient and differs by far more than the tolerance
    @Test
    @Order(4)
    @Points(value = 2, hint = "ex5.rejects")
    void gradcheck_rejects_wrong_gradients(GradientCheck check) {
        Sandbox.run(() -> {
            for (BrokenEngines.Broken broken : BrokenEngines.all()) {
                Spec.forAll(RandomGraphs.graphs(), EXAMPLES, graph -> {
                    double[] right = gradient(Kit.engine(), graph);
                    double[] wrong = gradient(broken.engine(), graph);
                    boolean farOff = false;
                    for (int i = 0; i < right.length; i++) {
                        farOff |= Math.abs(wrong[i] - right[i]) > 100 * (ATOL + RTOL * Math.abs(right[i]));
                    }
                    if (farOff && check.gradcheck(function(graph), point(graph), wrong, EPS, ATOL, RTOL)) {
                        throw new AssertionError(Feedback.text("ex5.acceptedWrong", java.util.Arrays.toString(wrong), broken.mistake(),
                                java.util.Arrays.toString(right)) + " — " + graph);
                    }
                });
            }
        });
    }

    // |a − n| ≤ atol + rtol·|n|: a relative error of 5·10⁻⁴ passes on a gradient of 2·10⁶, one of 5·10⁻³ does not
    @Test
    @Order(5)
    @Points(value = 1, hint = "ex5.rtol")
    void gradcheck_uses_the_relative_tolerance(GradientCheck check) {
        ToDoubleFunction<double[]> f = x -> 1e6 * x[0] * x[0];
        Sandbox.run(() -> {
            if (!check.gradcheck(f, new double[] {1}, new double[] {2e6 * (1 + 5e-4)}, EPS, ATOL, RTOL)) {
                throw new AssertionError(Feedback.text("ex5.rtolAccept"));
            }
            if (check.gradcheck(f, new double[] {1}, new double[] {2e6 * (1 + 5e-3)}, EPS, ATOL, RTOL)) {
                throw new AssertionError(Feedback.text("ex5.rtolReject"));
            }
        });
    }

    // gradcheck(x³, 0, 0) holds: the central difference is h² = 10⁻¹², which atol = 10⁻⁵ accepts and rtol alone never would
    @Test
    @Order(6)
    @Points(value = 1, hint = "ex5.atol")
    void gradcheck_accepts_a_zero_gradient(GradientCheck check) {
        ToDoubleFunction<double[]> cube = x -> x[0] * x[0] * x[0];
        Sandbox.run(() -> {
            if (!check.gradcheck(cube, new double[] {0}, new double[] {0}, EPS, ATOL, RTOL)) {
                throw new AssertionError(Feedback.text("ex5.zeroGradient"));
            }
        });
    }
}
