package backproplab.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Rules about the code itself, checked on the compiled classes with ArchUnit. */
class ArchitectureChecks {

    /** The engine: everything that walks a graph. The parser in {@code lang} may recurse, to a documented depth. */
    static final List<String> ENGINE = List.of("backproplab.graph", "backproplab.reverse", "backproplab.torch",
            "backproplab.symbolic", "backproplab.graphviz", "backproplab.picture", "backproplab.notebook");

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("backproplab");

    /**
     * The simplifier's rewrite rules (add, mul, neg, …) call one another, but only on the inputs of
     * the one node being built, which are already simplified: the depth of those calls is bounded by
     * the rule set, not by the graph. Its graph walk ({@code apply}) is iterative, and
     * {@code SymbolicChecks.a_long_chain_is_differentiated_symbolically_on_the_default_stack}
     * differentiates and simplifies a 100 000-step chain on the default stack.
     */
    static final String BOUNDED_REWRITING = "backproplab.symbolic.Simplifier";

    static boolean inEngine(JavaClass type) {
        return ENGINE.contains(type.getPackageName()) && !type.getName().equals(BOUNDED_REWRITING);
    }

    /**
     * The engine's call graph: method → the methods it may call, including every override of a
     * called method (a call through {@code Node.input} may run any operation's {@code input}).
     */
    static Map<JavaCodeUnit, Set<JavaCodeUnit>> engineCallGraph(JavaClasses classes) {
        Map<JavaCodeUnit, Set<JavaCodeUnit>> calls = new HashMap<>();
        for (JavaClass type : classes) {
            if (!inEngine(type)) {
                continue;
            }
            for (JavaCodeUnit caller : type.getCodeUnits()) {
                Set<JavaCodeUnit> callees = calls.computeIfAbsent(caller, k -> new LinkedHashSet<>());
                for (JavaMethodCall call : caller.getMethodCallsFromSelf()) {
                    call.getTarget().resolveMember().ifPresent(target -> {
                        if (inEngine(target.getOwner())) {
                            callees.add(target);
                            callees.addAll(overrides(target));
                        }
                    });
                }
            }
        }
        return calls;
    }

    private static List<JavaMethod> overrides(JavaMethod method) {
        List<JavaMethod> found = new ArrayList<>();
        if (method.getModifiers().contains(JavaModifier.STATIC)) {
            return found;
        }
        for (JavaClass subclass : method.getOwner().getAllSubclasses()) {
            subclass.tryGetMethod(method.getName(), method.getRawParameterTypes().stream()
                    .map(JavaClass::getName).toArray(String[]::new)).ifPresent(found::add);
        }
        return found;
    }

    /** A cycle in the call graph, as the list of methods on it, or an empty list. Iterative DFS. */
    static List<JavaCodeUnit> findCycle(Map<JavaCodeUnit, Set<JavaCodeUnit>> calls) {
        Map<JavaCodeUnit, Integer> state = new HashMap<>();
        for (JavaCodeUnit start : calls.keySet()) {
            if (state.containsKey(start)) {
                continue;
            }
            List<JavaCodeUnit> path = new ArrayList<>();
            List<java.util.Iterator<JavaCodeUnit>> next = new ArrayList<>();
            path.add(start);
            next.add(calls.getOrDefault(start, Set.of()).iterator());
            state.put(start, 1);
            while (!path.isEmpty()) {
                java.util.Iterator<JavaCodeUnit> it = next.get(next.size() - 1);
                if (it.hasNext()) {
                    JavaCodeUnit callee = it.next();
                    Integer s = state.get(callee);
                    if (s == null) {
                        state.put(callee, 1);
                        path.add(callee);
                        next.add(calls.getOrDefault(callee, Set.of()).iterator());
                    } else if (s == 1) {
                        return new ArrayList<>(path.subList(path.indexOf(callee), path.size()));
                    }
                } else {
                    state.put(path.remove(path.size() - 1), 2);
                    next.remove(next.size() - 1);
                }
            }
        }
        return List.of();
    }

    @Test
    void no_method_of_the_engine_is_recursive_directly_or_through_others() {
        List<JavaCodeUnit> cycle = findCycle(engineCallGraph(MAIN));
        assertThat(cycle).as("a recursive cycle of calls in the engine: %s", cycle).isEmpty();
    }

    @Test
    void the_recursion_check_finds_recursion_when_there_is_some() {
        JavaClasses planted = new ClassFileImporter().importClasses(PlantedRecursion.class);
        Map<JavaCodeUnit, Set<JavaCodeUnit>> calls = new HashMap<>();
        for (JavaClass type : planted) {
            for (JavaCodeUnit caller : type.getCodeUnits()) {
                Set<JavaCodeUnit> callees = calls.computeIfAbsent(caller, k -> new LinkedHashSet<>());
                caller.getMethodCallsFromSelf().forEach(call -> call.getTarget().resolveMember().ifPresent(callees::add));
            }
        }
        assertThat(findCycle(calls)).extracting(JavaCodeUnit::getName).containsExactlyInAnyOrder("even", "odd");
    }

    /** Mutual recursion, to show that the check above can fail. */
    static final class PlantedRecursion {
        static boolean even(int n) {
            return n == 0 || odd(n - 1);
        }

        static boolean odd(int n) {
            return n != 0 && even(n - 1);
        }
    }

    // pictures are written on machines without fonts: nothing of java.awt, whose font metrics need them
    @Test
    void pictures_do_not_use_java_awt() {
        ArchRuleDefinition.noClasses().that().resideInAPackage("backproplab.picture..")
                .should().dependOnClassesThat().resideInAPackage("java.awt..")
                .because("Java2D's fonts fail on a machine without installed fonts (\"Fontconfig head is null\")")
                .check(MAIN);
    }
}
