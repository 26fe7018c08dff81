package backproplab.grading;

import backproplab.course.Backpropagation;
import backproplab.course.Dag;
import backproplab.course.Exercise;
import backproplab.course.LocalDerivatives;
import backproplab.course.Partials;
import backproplab.course.ReverseAccumulation;
import backproplab.course.TopologicalSort;
import backproplab.graph.Leaf;
import backproplab.graph.Node;
import backproplab.isolation.StudentJvm;
import backproplab.kit.Kit;
import backproplab.spec.DagLaws;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.DoubleUnaryOperator;

/**
 * What a check may ask of the student's code besides the instance it receives: more instances, and
 * the student's own engine. A check declares a parameter of this type to get it.
 *
 * @param <T> the exercise's interface
 */
final class Students<T> {

    /**
     * Which parts of exercises 1–3 an engine is made of: the student's, or the kit's where the
     * student's is not ready.
     *
     * @param engine the engine, living in the student's JVM
     * @param own for exercises 1, 2 and 3, whether the part is the student's
     */
    record Engine(Backpropagation engine, boolean[] own) {

        /** The report's sentence: which exercises' code the engine is made of. */
        String description() {
            List<String> mine = new ArrayList<>();
            List<String> kit = new ArrayList<>();
            for (int i = 0; i < own.length; i++) {
                (own[i] ? mine : kit).add(Integer.toString(i + 1));
            }
            return kit.isEmpty() ? Feedback.text("engine.yours")
                    : mine.isEmpty() ? Feedback.text("engine.kit") : Feedback.text("engine.mixed", String.join(", ", mine),
                            String.join(", ", kit));
        }
    }

    private final GradedExercise graded;
    private final Class<T> api;
    private final Consumer<String> notes;
    private final java.nio.file.Path pictures;

    Students(GradedExercise graded, Class<T> api, Consumer<String> notes, java.nio.file.Path pictures) {
        this.graded = graded;
        this.api = api;
        this.notes = notes;
        this.pictures = pictures;
    }

    /**
     * Writes a picture of the student's work, {@code name}.svg in the grade's pictures folder, and
     * notes it in the report; nothing when pictures are off ({@code backprop.pictures=false}, as in
     * the meta-checks). A picture that cannot be drawn (numbers that are not finite, say) is noted,
     * and costs no points: the checks judge the numbers.
     */
    void picture(String name, java.util.function.Supplier<String> svg) {
        if (pictures == null) {
            return;
        }
        try {
            java.nio.file.Path file = backproplab.picture.Pictures.write(pictures.resolve(name + ".svg"), svg.get(),
                    backproplab.i18n.Language.current());
            notes.accept(Feedback.text("picture.written", file));
        } catch (RuntimeException cannotDraw) {
            notes.accept(Feedback.text("picture.failed", name, cannotDraw.getMessage()));
        }
    }

    /** What {@code work} computes, once for all the checks of the exercise ({@link GradedExercise#once}). */
    <R> R once(String key, java.util.function.Supplier<R> work) {
        return graded.once(key, work);
    }

    /** Another instance of the student's class, in the same session as the check's. */
    T another() {
        return api.cast(graded.within(GradedExercise.LIMIT_MILLIS, () -> graded.jvm().bootstrap().create(graded.exercise.number())));
    }

    /**
     * Exercise 8: {@code output}'s graph rebuilt with the student's {@code values} in its JVM,
     * {@code backward()} called {@code backwards} times; {data, grad} of every node, in the order
     * of {@code TopologicalOrder.of(output)}.
     */
    double[][] replay(Object values, backproplab.graph.Node output, int backwards) {
        return graded.jvm().bootstrap().replay(values, output, backwards);
    }

    /**
     * An instance in a new session: fresh classes, so nothing the earlier instances did can reach it.
     * Every object of the earlier sessions is gone.
     */
    T isolated() {
        return api.cast(graded.fresh());
    }

    /**
     * The student's own engine, exercises 1, 2 and 3 composed as {@link Backpropagation#of} does,
     * living in the student's JVM, in a new session; each part is the student's if it compiles,
     * keeps the rules and gives the right answers on a few small probes, and the kit's otherwise,
     * so that a later exercise is graded on its own. Ask for it before {@link #another()}: a probe
     * that runs out of time costs a new JVM.
     */
    Engine engine() {
        boolean[] candidate = new boolean[3];
        for (int part = 1; part <= 3; part++) {
            candidate[part - 1] = graded.loads(Exercise.number(part));
        }
        while (true) {
            StudentJvm jvm = graded.jvm();
            jvm.newSession();
            boolean[] own = new boolean[3];
            Object[] parts = new Object[3];
            boolean killed = false;
            for (int part = 1; part <= 3 && !killed; part++) {
                if (candidate[part - 1]) {
                    Object student = create(part);
                    own[part - 1] = student != null && probe(part, student);
                    parts[part - 1] = student;
                    killed = !jvm.alive();
                    candidate[part - 1] &= !killed;
                }
                if (!own[part - 1] && !killed) {
                    parts[part - 1] = jvm.bootstrap().kit(part);
                }
            }
            if (!killed) {
                Engine engine = new Engine((Backpropagation) jvm.bootstrap().engine(parts[0], parts[1], parts[2]), own);
                notes.accept(engine.description());
                return engine;
            }
        }
    }

    private Object create(int part) {
        try {
            return graded.within(GradedExercise.LIMIT_MILLIS, () -> graded.jvm().bootstrap().create(part));
        } catch (RuntimeException | AssertionError notReady) {
            return null;
        }
    }

    /** Whether a student's part answers a few small questions as the kit does, within 2 s. */
    private boolean probe(int part, Object candidate) {
        try {
            return graded.within(2_000, () -> switch (part) {
                case 1 -> probeDerivatives((LocalDerivatives) candidate);
                case 2 -> probeOrder((TopologicalSort) candidate);
                default -> probeAccumulation((ReverseAccumulation) candidate);
            });
        } catch (RuntimeException | AssertionError notReady) {
            return false;
        }
    }

    /** Probe graphs: the notebook's cell, a shared node, a composition of every operation exercise 1 knows. */
    private static List<Node> probes() {
        Leaf a = Leaf.of("a", 2);
        Leaf b = Leaf.of("b", 1);
        Leaf v = Leaf.of("v", 3);
        Leaf x = Leaf.of("x", 0.7);
        Node shared = x.mul(x).add(x);
        Node every = x.sin().mul(x.cos()).add(x.exp().div(x.add(2))).add(x.log().tanh()).add(x.pow(3).relu())
                .add(x.sub(2).relu()).add(x.sigmoid());
        return List.of(a.mul(v.add(b)), shared.add(shared), every);
    }

    private static boolean probeDerivatives(LocalDerivatives rules) {
        LocalDerivatives kit = Kit.localDerivatives();
        double[] points = {-1.3, 0.4, 2.2};
        for (double p : points) {
            double q = Math.abs(p) + 0.5;
            List<DoubleUnaryOperator> mine = List.of(rules::sin, rules::cos, rules::exp, rules::tanh, rules::relu, rules::sigmoid,
                    t -> rules.log(q), t -> rules.pow(t, 3), t -> rules.pow(q, 0.5));
            List<DoubleUnaryOperator> theirs = List.of(kit::sin, kit::cos, kit::exp, kit::tanh, kit::relu, kit::sigmoid,
                    t -> kit.log(q), t -> kit.pow(t, 3), t -> kit.pow(q, 0.5));
            for (int i = 0; i < mine.size(); i++) {
                if (!close(theirs.get(i).applyAsDouble(p), mine.get(i).applyAsDouble(p))) {
                    return false;
                }
            }
            for (Partials[] pair : List.of(new Partials[] {kit.add(p, q), rules.add(p, q)},
                    new Partials[] {kit.mul(p, q), rules.mul(p, q)}, new Partials[] {kit.div(p, q), rules.div(p, q)})) {
                if (pair[1] == null || !close(pair[0].dx(), pair[1].dx()) || !close(pair[0].dy(), pair[1].dy())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean probeOrder(TopologicalSort sort) {
        for (Node probe : probes()) {
            Dag dag = Dag.of(probe, 11);
            DagLaws.assertTopologicalOrder(dag, sort.order(dag));
        }
        return true;
    }

    private static boolean probeAccumulation(ReverseAccumulation accumulation) {
        for (Node probe : probes()) {
            Dag dag = Dag.of(probe, 11);
            int[] order = Kit.topologicalSort().order(dag);
            double[] expected = Kit.reverseAccumulation().adjoints(dag, order);
            double[] actual = accumulation.adjoints(dag, order);
            if (actual == null || actual.length != expected.length) {
                return false;
            }
            for (int v = 0; v < expected.length; v++) {
                if (!close(expected[v], actual[v])) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean close(double expected, double actual) {
        return Math.abs(expected - actual) <= 1e-12 * Math.max(1, Math.abs(expected));
    }
}
