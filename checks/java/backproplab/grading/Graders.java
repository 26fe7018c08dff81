package backproplab.grading;

import backproplab.course.Exercise;
import java.util.Arrays;
import java.util.List;

/** The graded classes, one per exercise: {@code backproplab.grading.Exercise<N>Checks}. */
public final class Graders {

    private Graders() {
    }

    /** The binary name of exercise {@code exercise}'s graded class. */
    static String name(int exercise) {
        return Graders.class.getPackageName() + ".Exercise" + exercise + "Checks";
    }

    /** Exercise {@code exercise}'s graded class. */
    public static Class<?> of(int exercise) {
        try {
            return Class.forName(name(exercise));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("no graded class for exercise " + exercise + ": " + name(exercise), e);
        }
    }

    /** Every graded class, in the order of the exercises. */
    public static List<Class<?>> all() {
        return Arrays.stream(Exercise.values()).<Class<?>>map(e -> of(e.number())).toList();
    }
}
