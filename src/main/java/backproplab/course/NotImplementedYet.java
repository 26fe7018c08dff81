package backproplab.course;

import backproplab.i18n.Messages;

/**
 * What an exercise stub throws until the student writes it. The grader reports an exercise whose
 * methods all throw this as "not attempted" (0 points) without failing the build; throwing it from
 * a finished exercise gains nothing, it only scores that check as not attempted.
 */
public final class NotImplementedYet extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exercise;
    private final String method;

    /** The stub of exercise {@code exercise}, method {@code method}. */
    public NotImplementedYet(int exercise, String method) {
        super(Messages.of("backproplab.course.messages").get("notImplementedYet", exercise, method));
        this.exercise = exercise;
        this.method = method;
    }

    /** The method that still throws this, as the stub names it ({@code Exercise3Backpropagation.adjoints}). */
    public String method() {
        return method;
    }

    /** The number of the exercise this stub belongs to. */
    public int exercise() {
        return exercise;
    }
}
