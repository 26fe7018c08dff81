package backproplab.isolation;

import backproplab.course.Exercise;
import java.util.List;
import java.util.Set;

/**
 * What an exercise's code may refer to, by class name. One table serves two guards: the static
 * rules the grader checks on the compiled classes before any of them runs ({@link #judge}), and the
 * class loader that defines the student's classes in the child JVM, which refuses to resolve a name
 * it does not allow ({@link #loadable}), so that a reference the rules did not see still fails.
 *
 * <p>The runtime guard allows a little more than the rules: {@code java.lang.invoke} and
 * {@code java.lang.Class}, because the compiler itself refers to them for lambdas, string
 * concatenation, records and enums.
 */
public final class Policy {

    /** Why a name is refused; {@code ALLOWED} if it is not. Each has a message key {@code rule.<name>}. */
    public enum Verdict {
        ALLOWED, PROCESS, REFLECTION, FILES, THREADS, GRADER, KIT;

        /** The key of the rule's description in the grader's feedback bundles. */
        public String key() {
            return "rule." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static final List<String> PROCESS = List.of("java.lang.Runtime", "java.lang.Process", "java.lang.ProcessBuilder",
            "java.lang.ProcessHandle", "java.lang.Shutdown", "java.lang.ApplicationShutdownHooks");

    private static final List<String> REFLECTION = List.of("java.lang.reflect.", "java.lang.invoke.", "java.lang.ClassLoader",
            "java.lang.Module", "java.lang.ModuleLayer", "java.lang.StackWalker", "java.lang.SecurityManager", "java.security.",
            "java.lang.instrument.", "java.lang.ref.", "sun.", "jdk.", "com.sun.");

    /**
     * What the compiler and the JDK make a class refer to: refused by the rules when written, never
     * by the loader. The JDK's own reflection defines helper classes under the student's loader that
     * refer to {@code jdk.internal.reflect}; the module system keeps that package closed to the
     * student's code anyway.
     */
    private static final List<String> COMPILER_NEEDS = List.of("java.lang.invoke.", "java.lang.Class",
            "jdk.internal.reflect.");

    private static final List<String> FILES = List.of("java.io.", "java.nio.", "java.net.", "java.rmi.", "java.sql.",
            "javax.", "java.util.logging.", "java.util.prefs.", "java.util.zip.", "java.util.jar.", "java.awt.",
            "java.desktop.", "java.beans.");

    /** The few classes of {@code java.io} a program prints and declares with. */
    private static final Set<String> PRINTING = Set.of("java.io.PrintStream", "java.io.Serializable",
            "java.io.IOException", "java.io.UncheckedIOException");

    private static final List<String> THREADS = List.of("java.lang.Thread", "java.lang.ThreadGroup", "java.lang.ThreadLocal",
            "java.lang.InheritableThreadLocal", "java.util.concurrent.", "java.util.Timer");

    private static final List<String> GRADER = List.of("org.junit.", "org.opentest4j.", "org.assertj.", "com.tngtech.",
            "backproplab.grading.", "backproplab.isolation.");

    /** The classes every exercise may use besides its own interface: the stub's exception. */
    private static final List<String> EVERY_EXERCISE = List.of("backproplab.course.NotImplementedYet");

    private Policy() {
    }

    /** Whether a rule refuses the name {@code className} in the code of {@code exercise}, and which. */
    public static Verdict judge(Exercise exercise, String className) {
        String name = elementType(className.replace('/', '.'));
        if (name.isEmpty() || name.startsWith(exercise.packageName() + ".")) {
            return Verdict.ALLOWED;
        }
        if (matches(name, GRADER)) {
            return Verdict.GRADER;
        }
        if (matches(name, PROCESS)) {
            return Verdict.PROCESS;
        }
        if (matches(name, REFLECTION) || name.equals("java.lang.Class")) {
            return Verdict.REFLECTION;
        }
        if (matches(name, THREADS)) {
            return Verdict.THREADS;
        }
        if (matches(name, FILES) && !PRINTING.contains(name)) {
            return Verdict.FILES;
        }
        if (isJdk(name)) {
            return Verdict.ALLOWED;
        }
        boolean granted = matches(name, EVERY_EXERCISE) || matches(name, List.of(exercise.api().getName()))
                || matches(name, exercise.mayUse());
        return granted ? Verdict.ALLOWED : Verdict.KIT;
    }

    /** Whether the class loader of the exercise's code may resolve {@code className}. */
    public static boolean loadable(Exercise exercise, String className) {
        return judge(exercise, className) == Verdict.ALLOWED || matches(className, COMPILER_NEEDS)
                || className.startsWith("java.lang.runtime.");
    }

    /**
     * Whether {@code name} is one of {@code patterns}: a pattern ending in {@code .} is a package and
     * its sub-packages; any other is a class and its nested classes.
     */
    static boolean matches(String name, List<String> patterns) {
        for (String pattern : patterns) {
            if (pattern.endsWith(".") ? name.startsWith(pattern)
                    : name.equals(pattern) || name.startsWith(pattern + "$")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The class an array name such as {@code [[D} or {@code [Ljava.lang.String;} is made of, or the
     * empty string for a primitive type (which every exercise may use).
     */
    static String elementType(String name) {
        String element = name;
        while (element.startsWith("[")) {
            element = element.substring(1);
        }
        if (element.startsWith("L") && element.endsWith(";")) {
            return element.substring(1, element.length() - 1);
        }
        boolean primitive = element.length() == 1 && name.startsWith("[")
                || Set.of("boolean", "byte", "char", "short", "int", "long", "float", "double", "void").contains(element);
        return primitive ? "" : element;
    }

    private static boolean isJdk(String name) {
        return name.startsWith("java.") || name.startsWith("javax.");
    }
}
