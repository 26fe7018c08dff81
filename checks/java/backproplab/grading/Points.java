package backproplab.grading;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** What one graded check is worth, the hint a student gets when it fails, and when Gradescope shows it. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Points {

    /** The points earned when the check passes. */
    int value();

    /** The key of the hint in {@code backproplab/grading/feedback.properties}. */
    String hint();

    /**
     * When Gradescope shows the check to the student: {@code visible} (always, the default),
     * {@code after_due_date}, {@code after_published} or {@code hidden}, as its results.json has it.
     * Locally every check is shown.
     */
    String visibility() default "visible";
}
