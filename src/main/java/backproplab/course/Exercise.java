package backproplab.course;

import java.util.List;

/**
 * The exercises: where each one's code lives, the interface it implements, and what else of the kit
 * its code may use. This table is the one place that says so: the grader compiles, checks and loads
 * a student's code from it, and the exercise rules are derived from it.
 *
 * <p>Exercise N is the Java package {@code exN} under {@code exercises/java}: every file there, in
 * every sub-package, belongs to it and is compiled with it alone, so a file that does not compile
 * costs only its own exercise. The grader creates the class {@code exN.<className>} through its
 * public constructor without arguments.
 */
public enum Exercise {

    LOCAL_DERIVATIVES(1, "Exercise1LocalDerivatives", LocalDerivatives.class, List.of(
            "backproplab.course.Partials")),
    TOPOLOGICAL_SORT(2, "Exercise2TopologicalSort", TopologicalSort.class, List.of(
            "backproplab.course.Dag")),
    BACKPROPAGATION(3, "Exercise3Backpropagation", ReverseAccumulation.class, List.of(
            "backproplab.course.Dag")),
    ACCUMULATION(4, "Exercise4Accumulation", GradientAccumulator.class, List.of(
            "backproplab.course.Dag")),
    GRADIENT_CHECK(5, "Exercise5GradientCheck", GradientCheck.class, List.of()),
    SPECIFICATION(6, "Exercise6Specification", Specification.class, List.of(
            "backproplab.course.Backpropagation",
            "backproplab.graph.",
            "backproplab.spec.RandomGraphs",
            "backproplab.spec.GraphCase",
            "backproplab.spec.Spec",
            "backproplab.spec.GradientLaws$Combination",
            "org.quicktheories.")),
    TRAINING(7, "Exercise7Training", Training.class, List.of(
            "backproplab.course.Backpropagation",
            "backproplab.course.Datasets",
            "backproplab.graph.Node",
            "backproplab.graph.Leaf",
            "backproplab.graph.Constant")),
    VALUE(8, "Exercise8Values", Values.class, List.of(
            "backproplab.course.Value")),
    MULTILAYER_PERCEPTRON(9, "Exercise9Classifier", Classifier.class, List.of(
            "backproplab.course.Backpropagation",
            "backproplab.graph.Node",
            "backproplab.graph.Leaf",
            "backproplab.graph.Constant")),
    GRAPH_CONVOLUTION(10, "Exercise10GraphConvolution", GraphConvolution.class, List.of(
            "backproplab.course.Backpropagation",
            "backproplab.graph.Node",
            "backproplab.graph.Leaf",
            "backproplab.graph.Constant"));

    private final int number;
    private final String className;
    private final Class<?> api;
    private final List<String> mayUse;

    Exercise(int number, String className, Class<?> api, List<String> mayUse) {
        this.number = number;
        this.className = className;
        this.api = api;
        this.mayUse = mayUse;
    }

    /** The exercise's number, 1, 2, …. */
    public int number() {
        return number;
    }

    /** The Java package of the exercise, {@code exN}: also its folder under {@code exercises/java}. */
    public String packageName() {
        return "ex" + number;
    }

    /** The binary name of the class the grader creates, {@code exN.ExerciseN…}. */
    public String className() {
        return packageName() + "." + className;
    }

    /** The simple name of that class, for messages and file names. */
    public String simpleClassName() {
        return className;
    }

    /** The interface the class implements. */
    public Class<?> api() {
        return api;
    }

    /**
     * What of the kit, besides its interface and {@link NotImplementedYet}, the exercise's code may
     * use: binary class names, where a name ending in {@code .} stands for a whole package (and its
     * sub-packages) and a class stands for itself and its nested classes.
     */
    public List<String> mayUse() {
        return mayUse;
    }

    /**
     * Whether the exercise is given the student's own engine, made of exercises 1, 2 and 3 (the
     * kit's part stands in for one that is not ready).
     */
    public boolean trainsWithTheStudentsEngine() {
        return mayUse.contains("backproplab.course.Backpropagation") && this != SPECIFICATION;
    }

    /** Exercise {@code number}. */
    public static Exercise number(int number) {
        for (Exercise exercise : values()) {
            if (exercise.number == number) {
                return exercise;
            }
        }
        throw new IllegalArgumentException("there is no exercise " + number + "; they are 1 to " + values().length + ".");
    }
}
