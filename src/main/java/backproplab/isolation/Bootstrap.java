package backproplab.isolation;

/**
 * What the grader asks of the JVM that runs a student's code before any student object exists:
 * the first object of the conversation, number 0.
 */
public interface Bootstrap {

    /**
     * Starts a check afresh: new class loaders for the students' classes (so no static state
     * survives), and every reference and graph of the previous check forgotten at both ends.
     */
    void newSession();

    /**
     * A new instance of the student's class of {@code exercise}, made with its public constructor
     * without arguments; it crosses as a reference to the exercise's interface.
     */
    Object create(int exercise);

    /** The kit's part for exercise {@code exercise} (1, 2 or 3), where a student's is not ready. */
    Object kit(int exercise);

    /**
     * Exercises 1, 2 and 3 together, as {@code backproplab.course.Backpropagation.of} composes them,
     * from parts that live in this JVM (the student's or the kit's); it crosses as a reference.
     */
    Object engine(Object derivatives, Object sort, Object accumulation);

    /**
     * Exercise 8: the graph of {@code output} rebuilt with the student's {@code values}
     * ({@code backproplab.course.Values}), and {@code backward()} called {@code backwards} times on
     * its output; returns {data, grad} of every node, in the order of
     * {@code TopologicalOrder.of(output)}.
     */
    double[][] replay(Object values, backproplab.graph.Node output, int backwards);
}
