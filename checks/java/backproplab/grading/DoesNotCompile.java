package backproplab.grading;

/** A check that could not run because its exercise does not compile: scored "does not compile", 0 points. */
final class DoesNotCompile extends AssertionError {

    private static final long serialVersionUID = 1L;

    DoesNotCompile(String message) {
        super(message);
    }
}
