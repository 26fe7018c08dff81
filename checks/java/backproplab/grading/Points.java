package backproplab.grading;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** What one graded check is worth, and the hint a student gets when it fails. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Points {

    /** The points earned when the check passes. */
    int value();

    /** The key of the hint in {@code backproplab/grading/feedback.properties}. */
    String hint();
}
