package backproplab.grading;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What exercise code may not use, checked with ArchUnit on the compiled classes before any of it
 * runs: no way out of the grader (exit, processes, reflection, files, network, threads, system
 * properties, the test framework), no state kept in static fields (a check must not depend on what
 * an earlier one did), and not the engine's own implementation of what the exercise asks. A
 * violation scores 0 for the exercise; the report names the rule and the line.
 *
 * <p>The meta-checks' mutant students extend the reference solutions; depending on those is allowed
 * (the student handout has none).
 */
final class ExerciseRules {

    /** A rule: the key of its description, and what it forbids depending on. */
    private record Rule(String key, Predicate<String> forbidden) {
    }

    private static final List<Rule> EVERY_EXERCISE = List.of(
            new Rule("rule.process", name -> name.equals("java.lang.Runtime") || name.startsWith("java.lang.Process")),
            new Rule("rule.reflection", name -> name.startsWith("java.lang.reflect.") || name.startsWith("java.lang.invoke.")
                    || name.equals("java.lang.Class") || name.equals("java.lang.ClassLoader")),
            new Rule("rule.io", name -> (name.startsWith("java.io.") && !name.equals("java.io.PrintStream")
                    && !name.equals("java.io.Serializable")) || name.startsWith("java.nio.") || name.startsWith("java.net.")),
            new Rule("rule.threads", name -> name.startsWith("java.lang.Thread") || name.startsWith("java.util.concurrent.")),
            new Rule("rule.grader", name -> name.startsWith("org.junit.") || name.startsWith("org.opentest4j.")
                    || name.startsWith("backproplab.grading.") && !name.startsWith(Subjects.REFERENCE_PACKAGE)));

    /** The engine's own implementation of what each exercise asks. */
    private static final Map<Integer, List<String>> ENGINE = Map.of(
            1, List.of("backproplab.graph.", "backproplab.reverse.", "backproplab.symbolic.", "backproplab.spec.",
                    "org.apache.commons.math3."),
            2, List.of("backproplab.graph.", "backproplab.reverse."),
            3, List.of("backproplab.graph.", "backproplab.reverse.", "backproplab.symbolic.", "backproplab.spec.",
                    "backproplab.course.Backpropagation"),
            4, List.of("backproplab.torch.", "backproplab.reverse."),
            5, List.of("org.apache.commons.math3.analysis.", "backproplab.spec.oracle.", "backproplab.cli."),
            6, List.of(),
            7, List.of("backproplab.reverse.", "backproplab.torch.", "backproplab.symbolic."));

    /** Calls to {@code java.lang.System} that could end the run or change how it is graded. */
    private static final Set<String> SYSTEM_CALLS = Set.of("exit", "setProperty", "setProperties", "clearProperty",
            "getProperties", "setOut", "setErr", "setIn", "getenv", "load", "loadLibrary", "setSecurityManager");

    private ExerciseRules() {
    }

    /**
     * Every violation by the code of {@code subject}, its nested classes, and every class of its
     * package it uses (directly or through another), one line each, or none.
     */
    static List<String> violations(int exercise, Class<?> subject) {
        JavaClasses classes = new ClassFileImporter().importPackages(subject.getPackageName());
        List<String> found = new ArrayList<>();
        for (JavaClass type : reachable(classes, subject)) {
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                String target = dependency.getTargetClass().getName();
                for (Rule rule : EVERY_EXERCISE) {
                    if (rule.forbidden().test(target)) {
                        found.add(Feedback.text(rule.key()) + ": " + dependency.getDescription());
                    }
                }
                for (String engine : ENGINE.get(exercise)) {
                    if (target.startsWith(engine)) {
                        found.add(Feedback.text("rule.engine", engine) + ": " + dependency.getDescription());
                    }
                }
            }
            for (JavaMethodCall call : type.getMethodCallsFromSelf()) {
                if (call.getTargetOwner().getName().equals("java.lang.System") && SYSTEM_CALLS.contains(call.getName())) {
                    found.add(Feedback.text("rule.system") + ": " + call.getDescription());
                }
            }
            for (JavaField field : type.getFields()) {
                if (field.getModifiers().contains(JavaModifier.STATIC) && !field.getModifiers().contains(JavaModifier.FINAL)) {
                    found.add(Feedback.text("rule.staticState") + ": " + field.getFullName() + " in " + type.getSourceCodeLocation());
                }
            }
        }
        return found.stream().distinct().toList();
    }

    /**
     * {@code subject} and the classes of its package it uses, directly or through one another (its
     * nested classes, a helper class next to it): a rule cannot be dodged by moving code out of the
     * exercise's own class. Found without recursion.
     */
    private static List<JavaClass> reachable(JavaClasses classes, Class<?> subject) {
        List<JavaClass> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<JavaClass> pending = new ArrayList<>();
        for (JavaClass type : classes) {
            if (type.getName().equals(subject.getName()) || type.getName().startsWith(subject.getName() + "$")) {
                pending.add(type);
                seen.add(type.getName());
            }
        }
        while (!pending.isEmpty()) {
            JavaClass type = pending.remove(pending.size() - 1);
            found.add(type);
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass();
                if (target.getPackageName().equals(subject.getPackageName()) && classes.contain(target.getName())
                        && seen.add(target.getName())) {
                    pending.add(classes.get(target.getName()));
                }
            }
        }
        return found;
    }
}
