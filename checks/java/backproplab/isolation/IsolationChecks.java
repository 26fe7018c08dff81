package backproplab.isolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import backproplab.WithLanguage;
import backproplab.course.Dag;
import backproplab.course.Exercise;
import backproplab.course.ReverseAccumulation;
import backproplab.course.Specification;
import backproplab.graph.Leaf;
import backproplab.graph.Node;
import backproplab.i18n.Language;
import backproplab.kit.Kit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Isolation by design, not by the rules alone: cheating students' code is compiled and run here
 * with no rule checked first, and the JVM it runs in, with its class loader, still keeps it from
 * the grader, the files, other processes and the kit's solutions; a student's JVM that exits, hangs
 * or scribbles over its input costs that call only. The rules' own verdicts on the same cheats are
 * in {@code GraderChecks}.
 */
class IsolationChecks {

    static final Path CHEATS = Path.of("checks", "students", "cheats");
    static final List<Path> KIT = List.of(Path.of("target", "classes"), Path.of("target", "test-classes"));

    /** w = a·(v + b) at a = 2, b = 1, v = 3, numbered. */
    static final Dag NOTEBOOK = Dag.of(Leaf.of("a", 2).mul(Leaf.of("v", 3).add(Leaf.of("b", 1))), 7);

    /** A JVM that runs the cheat {@code name}'s exercise 3 (or {@code exercise}), compiled but never judged by the rules. */
    static StudentJvm jvmFor(String name, Exercise exercise) {
        Compilation compiled = Compilation.of(exercise, CHEATS.resolve(name), Path.of("target", "isolation", name),
                KIT, Language.ENGLISH);
        assertThat(compiled.errors()).as("%s compiles", name).isEmpty();
        StudentJvm jvm = StudentJvm.start(KIT, Map.of(exercise, compiled.classes()), Map.of(Language.PROPERTY, "en"));
        jvm.newSession();
        return jvm;
    }

    static double[] adjoints(StudentJvm jvm) {
        return jvm.within(10_000, () -> ((ReverseAccumulation) jvm.bootstrap().create(3))
                .adjoints(NOTEBOOK, Kit.topologicalSort().order(NOTEBOOK)));
    }

    // code that names what its exercise may not use gets NoClassDefFoundError: the loader refuses the name
    @Test
    void the_class_loader_refuses_what_the_exercise_may_not_use() {
        Map<String, String> refused = Map.of("ShutdownHook", "java.lang.Runtime", "WritesTheReport", "java.nio.file.",
                "SubPackageHelper", "java.nio.file.", "ReadsTheAnswers", "java.nio.file.",
                "DelegatesToTheEngine", "backproplab.graph.", "MethodReferenceToTheKit", "backproplab.kit.Kit");
        refused.forEach((cheat, name) -> {
            try (StudentJvm jvm = jvmFor(cheat, Exercise.BACKPROPAGATION)) {
                assertThatThrownBy(() -> WithLanguage.in(Language.ENGLISH, () -> adjoints(jvm))).as(cheat)
                        .isInstanceOf(StudentCodeFailed.class).hasMessageContaining("NoClassDefFoundError")
                        .hasMessageContaining("exercise 3 may not use " + name);
            }
        });
        assertThat(Path.of("target", "grade", "forged.json")).doesNotExist();
    }

    // a name built at run time (Class.forName) is refused too: no rule needs to see it
    @Test
    void a_class_found_by_name_at_run_time_is_refused() {
        try (StudentJvm jvm = jvmFor("Reflection", Exercise.BACKPROPAGATION)) {
            assertThatThrownBy(() -> WithLanguage.in(Language.ENGLISH, () -> adjoints(jvm)))
                    .isInstanceOf(StudentCodeFailed.class).hasMessageContaining("exercise 3 may not use");
        }
    }

    // System.exit ends the student's JVM, not the grader's: the call fails, and a new JVM answers the next one
    @Test
    void exiting_ends_only_the_students_jvm() {
        try (StudentJvm jvm = jvmFor("ExitsTheJvm", Exercise.BACKPROPAGATION)) {
            assertThatThrownBy(() -> adjoints(jvm)).isInstanceOf(StudentCodeFailed.class)
                    .extracting(e -> ((StudentCodeFailed) e).kind()).isEqualTo(StudentCodeFailed.Kind.ENDED);
            assertThat(jvm.alive()).isFalse();
        }
        try (StudentJvm jvm = jvmFor("PrintsFullMarks", Exercise.BACKPROPAGATION)) {
            assertThat(adjoints(jvm)).hasSize(NOTEBOOK.size());
        }
    }

    // a call that never returns is stopped at its limit, and fails as timed out
    @Test
    void a_call_that_never_returns_times_out() {
        try (StudentJvm jvm = jvmFor("LoopsForever", Exercise.BACKPROPAGATION)) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> jvm.within(1_000, () -> ((ReverseAccumulation) jvm.bootstrap().create(3))
                    .adjoints(NOTEBOOK, Kit.topologicalSort().order(NOTEBOOK))))
                    .isInstanceOf(StudentCodeFailed.class)
                    .extracting(e -> ((StudentCodeFailed) e).kind()).isEqualTo(StudentCodeFailed.Kind.TIMED_OUT);
            assertThat((System.nanoTime() - start) / 1e9).isLessThan(10);
        }
    }

    // what student code prints never reaches the grader's channel: the answer is the array it returned
    @Test
    void printing_cannot_forge_an_answer() {
        try (StudentJvm jvm = jvmFor("PrintsFullMarks", Exercise.BACKPROPAGATION)) {
            assertThat(adjoints(jvm)).containsOnly(0.0);
        }
    }

    // an argument changed by the student's code is caught, and the grader's own copy is untouched
    @Test
    void changing_the_graders_data_is_caught() {
        int[] order = Kit.topologicalSort().order(NOTEBOOK);
        int[] before = order.clone();
        try (StudentJvm jvm = jvmFor("ChangesItsInput", Exercise.BACKPROPAGATION)) {
            assertThatThrownBy(() -> WithLanguage.in(Language.ENGLISH, () -> jvm.within(10_000,
                    () -> ((ReverseAccumulation) jvm.bootstrap().create(3)).adjoints(NOTEBOOK, order))))
                    .isInstanceOf(StudentCodeFailed.class).hasMessageContaining("changed its argument 2");
        }
        assertThat(order).isEqualTo(before);
    }

    // a static field lives as long as its session: a new session loads the classes afresh
    @Test
    void static_state_does_not_outlive_a_session() {
        try (StudentJvm jvm = jvmFor("CountsItsCalls", Exercise.SPECIFICATION)) {
            Node x = Leaf.of("x", 1);
            Specification first = (Specification) jvm.bootstrap().create(6);
            first.sumRule(Kit.engine());
            assertThatThrownBy(() -> ((Specification) jvm.bootstrap().create(6)).sumRule(Kit.engine()))
                    .as("the same session: the counter survives").isInstanceOf(AssertionError.class);
            jvm.newSession();
            ((Specification) jvm.bootstrap().create(6)).sumRule(Kit.engine());
            assertThat(x.value()).isEqualTo(1.0);
        }
    }

    // the compiled cheats never end up where the grader's classes are
    @Test
    void the_students_classes_stay_in_their_own_folder() throws Exception {
        assertThat(Files.exists(Path.of("target", "test-classes", "ex3"))).isFalse();
        assertThat(Files.exists(Path.of("target", "classes", "ex3"))).isFalse();
    }
}
