package backproplab.grading;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks the checks that grade one exercise: the student's code of that exercise
 * ({@link backproplab.course.Exercise}) is compiled, judged and run in its own JVM by
 * {@link GradingExtension}, and each check asks for the exercise's interface as a parameter.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(GradingExtension.class)
public @interface Graded {

    /** The exercise's number. */
    int exercise();
}
