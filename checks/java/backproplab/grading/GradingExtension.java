package backproplab.grading;

import backproplab.course.Exercise;
import backproplab.isolation.StudentCodeFailed;
import backproplab.spec.Spec;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.TestAbortedException;

/**
 * How a graded class runs. Before its checks, the exercise is compiled alone from the submission
 * ({@value Submission#PARAMETER}, by default {@code exercises/java}) and its classes judged by
 * {@link ExerciseRules}; an exercise that is missing is "not attempted", one that does not compile or
 * breaks a rule fails every check with the compiler's or the rule's words. Each check then receives
 * the student's object, made in a new session of the exercise's own JVM, and runs with the
 * exercise's seed. A stub that throws {@code NotImplementedYet} makes the check "not attempted"
 * (skipped, 0 points, the build stays green) unless {@code -Dgrade.strict=true}, where it fails,
 * for per-exercise autograding.
 */
final class GradingExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver,
        TestExecutionExceptionHandler, InvocationInterceptor {

    static final String STRICT = "grade.strict";
    /** {@code backprop.pictures=false} turns off the pictures of the student's work (the meta-checks do). */
    static final String PICTURES = "backprop.pictures";
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(GradingExtension.class);

    static Exercise exercise(ExtensionContext context) {
        return Exercise.number(context.getRequiredTestClass().getAnnotation(Graded.class).exercise());
    }

    static String parameter(ExtensionContext context, String key) {
        Optional<String> configured = context.getConfigurationParameter(key);
        return configured.orElseGet(() -> System.getProperty(key));
    }

    private static GradedExercise graded(ExtensionContext context) {
        return context.getStore(NAMESPACE).get(GradedExercise.class, GradedExercise.class);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        String root = parameter(context, Submission.PARAMETER);
        String seed = parameter(context, "backprop.seed");
        GradedExercise graded = new GradedExercise(exercise(context),
                root == null || root.isBlank() ? Submission.DEFAULT : Path.of(root),
                seed == null || !seed.trim().matches("-?\\d+") ? null : Long.parseLong(seed.trim()));
        context.getStore(NAMESPACE).put(GradedExercise.class, graded);
        context.publishReportEntry(GradeReport.SEED, Long.toString(graded.seed));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        GradedExercise graded = graded(context);
        Exercise exercise = graded.exercise;
        if (graded.compilation.sources().isEmpty()) {
            String missing = Feedback.text("notSubmitted", exercise.number(), graded.root.resolve(exercise.packageName()));
            if (Boolean.parseBoolean(parameter(context, STRICT))) {
                throw new AssertionError(missing);
            }
            throw new TestAbortedException(missing);
        }
        if (!graded.compilation.compiled()) {
            throw new DoesNotCompile(Feedback.text("doesNotCompile", exercise.number()) + System.lineSeparator()
                    + String.join(System.lineSeparator(), graded.compilation.errors()));
        }
        if (!graded.violations.isEmpty()) {
            throw new AssertionError(Feedback.text("rule.violated", exercise.number()) + System.lineSeparator()
                    + String.join(System.lineSeparator(), graded.violations));
        }
    }

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext context) throws Throwable {
        GradedExercise graded = graded(context);
        Throwable[] thrown = new Throwable[1];
        graded.during(() -> Spec.gradingWith(graded.seed, () -> {
            try {
                invocation.proceed();
            } catch (Throwable t) {
                thrown[0] = t;
            }
        }));
        if (thrown[0] != null) {
            throw thrown[0];
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == exercise(context).api() || type == Students.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        GradedExercise graded = graded(context);
        if (parameter.getParameter().getType() == Students.class) {
            boolean pictures = !"false".equals(parameter(context, PICTURES));
            return new Students<>(graded, exercise(context).api(), note -> context.publishReportEntry(GradeReport.NOTE, note),
                    pictures ? GradeReport.FOLDER.resolve("pictures") : null);
        }
        return graded.fresh();
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
        if (thrown instanceof StudentCodeFailed failed) {
            throw new AssertionError(failed.getMessage(), failed);
        }
        if (Sandbox.stubIn(thrown) == null) {
            throw thrown;
        }
        if (Boolean.parseBoolean(parameter(context, STRICT))) {
            throw new AssertionError(Feedback.text("notAttempted.strict", exercise(context).number()), thrown);
        }
        throw new TestAbortedException(Feedback.text("notAttempted", exercise(context).number()), thrown);
    }
}
