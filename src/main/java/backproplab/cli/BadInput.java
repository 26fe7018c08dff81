package backproplab.cli;

/** Input the user can fix: reported as one line on standard error, exit code 2, no stack trace. */
final class BadInput extends RuntimeException {

    private static final long serialVersionUID = 1L;

    BadInput(String message) {
        super(message);
    }
}
