package backproplab.grading;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.TestAbortedException;

/**
 * How a graded class runs: the exercise's code is checked against {@link ExerciseRules} before any
 * of it runs (a violation fails every check of the exercise); each check receives the subject (the
 * student's class, or a substitute for the meta-checks) as a parameter; and a stub that throws
 * {@code NotImplementedYet} makes the check "not attempted" (skipped, 0 points, the build stays
 * green) unless {@code -Dgrade.strict=true}, where it fails, for per-exercise autograding.
 */
final class GradingExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver,
        TestExecutionExceptionHandler {

    static final String STRICT = "grade.strict";
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(GradingExtension.class);

    static Graded graded(ExtensionContext context) {
        return context.getRequiredTestClass().getAnnotation(Graded.class);
    }

    static String parameter(ExtensionContext context, String key) {
        Optional<String> configured = context.getConfigurationParameter(key);
        return configured.orElseGet(() -> System.getProperty(key));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Graded graded = graded(context);
        Class<?> subject = Subjects.classFor(graded, parameter(context, Subjects.PARAMETER));
        context.getStore(NAMESPACE).put("subject", subject);
        context.getStore(NAMESPACE).put("violations", ExerciseRules.violations(graded.exercise(), subject));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) context.getStore(NAMESPACE).get("violations");
        if (violations != null && !violations.isEmpty()) {
            throw new AssertionError(Feedback.text("rule.violated", graded(context).exercise())
                    + System.lineSeparator() + String.join(System.lineSeparator(), violations));
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == graded(context).subject();
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> subject = context.getStore(NAMESPACE).get("subject", Class.class);
        return Sandbox.call(() -> Subjects.instantiate(subject));
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
        if (Sandbox.stubIn(thrown) == null) {
            throw thrown;
        }
        if (Boolean.parseBoolean(parameter(context, STRICT))) {
            throw new AssertionError(Feedback.text("notAttempted.strict", graded(context).exercise()), thrown);
        }
        throw new TestAbortedException(Feedback.text("notAttempted", graded(context).exercise()), thrown);
    }
}
