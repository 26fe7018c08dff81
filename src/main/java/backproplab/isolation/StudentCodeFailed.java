package backproplab.isolation;

/**
 * Student code failed in a way that is not an answer: it threw, overflowed the stack, ran out of
 * memory or of time, changed the data it was given, or ended its process. The message is for the
 * student, in their language, and says where. It is not an {@link AssertionError}, so that a check
 * which waits for a student's law to fail (exercise 6) does not count a crash as a verdict.
 */
public final class StudentCodeFailed extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What happened. */
    public enum Kind { THREW, STACK_OVERFLOW, OUT_OF_MEMORY, CHANGED_ITS_INPUT, TIMED_OUT, ENDED }

    private final Kind kind;

    StudentCodeFailed(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    /** What happened. */
    public Kind kind() {
        return kind;
    }
}
