package backproplab.grading;

import java.lang.reflect.InvocationTargetException;

/**
 * Which implementation a graded check runs: the student's class (the default), or, for the
 * meta-checks, a reference solution or a mutant student, chosen by the configuration parameter (or
 * system property) {@value #PARAMETER}: {@code student}, {@code reference}, or {@code mutant:Name}.
 * Reference solutions and mutants live in {@code grading/reference} and {@code grading/mutants},
 * which the student handout leaves out; they are found by name.
 */
final class Subjects {

    static final String PARAMETER = "backprop.subject";
    static final String REFERENCE_PACKAGE = "backproplab.grading.reference.";
    static final String MUTANT_PACKAGE = "backproplab.grading.mutants.";

    private Subjects() {
    }

    /** The class that {@code choice} names for an exercise graded by {@code graded}. */
    static Class<?> classFor(Graded graded, String choice) {
        if (choice == null || choice.isBlank() || choice.equals("student")) {
            return graded.student();
        }
        String name;
        if (choice.equals("reference")) {
            name = REFERENCE_PACKAGE + "Reference" + graded.student().getSimpleName().replace("Exercise", "");
        } else if (choice.startsWith("mutant:")) {
            name = MUTANT_PACKAGE + choice.substring("mutant:".length());
        } else {
            throw new IllegalArgumentException(PARAMETER + "=" + choice + " is not student, reference or mutant:Name");
        }
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("no class " + name + " for " + PARAMETER + "=" + choice, e);
        }
    }

    /** A new instance of the class of {@code instance}, for checks that need one per graph. */
    @SuppressWarnings("unchecked")
    static <T> T copyOf(T instance) {
        return (T) instantiate(instance.getClass());
    }

    /** A new instance of {@code type}, through its no-argument constructor. */
    static Object instantiate(Class<?> type) {
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (InvocationTargetException e) {
            throw new AssertionError(Feedback.text("subject.constructorThrew", type.getSimpleName(), e.getCause()), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(Feedback.text("subject.noConstructor", type.getSimpleName()), e);
        }
    }
}
