package backproplab.grading;

/**
 * A check's failure that knows which of its hints fits: a check whose mistakes differ (exercise 6's
 * laws miss different broken engines for different reasons) throws this instead of a plain
 * {@link AssertionError}, and the report gives this hint instead of the check's own.
 */
final class Hinted extends AssertionError {

    private static final long serialVersionUID = 1L;

    private final String hint;

    Hinted(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    /** The key of the hint in the grader's feedback bundles. */
    String hint() {
        return hint;
    }
}
