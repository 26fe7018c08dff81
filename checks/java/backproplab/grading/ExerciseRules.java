package backproplab.grading;

import backproplab.course.Exercise;
import backproplab.isolation.Policy;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What exercise code may not use, checked with ArchUnit on every class compiled from the exercise's
 * folder (every file, every top-level, nested and local class, every package) before any of it
 * runs. Each name a class refers to is judged by {@link Policy}, the same table the student's class
 * loader enforces while the code runs; the rules add what a loader cannot see: calls that end the
 * JVM or change its settings, and state kept in static fields. A violation scores 0 for the
 * exercise; the report names the rule and the line.
 */
final class ExerciseRules {

    /** Calls to {@code java.lang.System} that could end the run or change how it is graded. */
    private static final Set<String> SYSTEM_CALLS = Set.of("exit", "setProperty", "setProperties", "clearProperty",
            "getProperties", "getProperty", "setOut", "setErr", "setIn", "getenv", "load", "loadLibrary",
            "setSecurityManager", "console", "inheritedChannel", "runFinalization", "gc");

    private ExerciseRules() {
    }

    /**
     * Every violation by the classes in {@code classes} (the compiled exercise), one line each, or
     * none; {@code sources} are the exercise's files, where a static field's line is found.
     */
    static List<String> violations(Exercise exercise, Path classes, List<Path> sources) {
        JavaClasses imported = new ClassFileImporter().importPath(classes);
        List<String> found = new ArrayList<>();
        for (JavaClass type : imported) {
            if (!type.getPackageName().equals(exercise.packageName())
                    && !type.getPackageName().startsWith(exercise.packageName() + ".")) {
                found.add(Feedback.text("rule.package", exercise.number(), exercise.packageName()) + ": "
                        + type.getName() + " " + type.getSourceCodeLocation());
            }
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                Policy.Verdict verdict = Policy.judge(exercise, dependency.getTargetClass().getName());
                if (verdict != Policy.Verdict.ALLOWED) {
                    found.add(Feedback.text(verdict.key(), exercise.number()) + ": " + dependency.getDescription());
                }
            }
            for (JavaMethodCall call : type.getMethodCallsFromSelf()) {
                if (call.getTargetOwner().getName().equals("java.lang.System") && SYSTEM_CALLS.contains(call.getName())) {
                    found.add(Feedback.text("rule.system") + ": " + call.getDescription());
                }
            }
            for (JavaField field : type.getFields()) {
                if (field.getModifiers().contains(JavaModifier.STATIC) && !field.getModifiers().contains(JavaModifier.FINAL)) {
                    found.add(Feedback.text("rule.staticState") + ": " + field.getFullName() + " " + declaration(field, sources));
                }
            }
        }
        return found.stream().distinct().toList();
    }

    /**
     * Where {@code field} is declared, as {@code (File.java:12)}: a class file keeps no line for a
     * field, so it is the first line of its source file that declares it static.
     */
    private static String declaration(JavaField field, List<Path> sources) {
        String file = field.getOwner().getSource().flatMap(source -> source.getFileName()).orElse("?");
        java.util.regex.Pattern declared = java.util.regex.Pattern.compile("\\bstatic\\b[^;=(]*\\b"
                + java.util.regex.Pattern.quote(field.getName()) + "\\b");
        for (Path source : sources) {
            if (source.getFileName().toString().equals(file)) {
                try {
                    List<String> lines = java.nio.file.Files.readAllLines(source);
                    for (int k = 0; k < lines.size(); k++) {
                        if (declared.matcher(lines.get(k)).find()) {
                            return "(" + file + ":" + (k + 1) + ")";
                        }
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }
        return "(" + file + ")";
    }
}
