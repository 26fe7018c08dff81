package backproplab.grading;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks the checks that grade one exercise. The student's class is the default subject; the
 * meta-checks substitute a reference solution or a mutant student by class name
 * ({@link Subjects}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(GradingExtension.class)
public @interface Graded {

    /** The exercise's number, 1 to 7. */
    int exercise();

    /** The interface the exercise implements; a check asks for it as a parameter. */
    Class<?> subject();

    /** The student's class, in {@code exercises/}. */
    Class<?> student();
}
