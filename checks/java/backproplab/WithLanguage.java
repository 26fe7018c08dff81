package backproplab;

import backproplab.i18n.Language;
import java.util.function.Supplier;

/** Runs a piece of code in a language ({@link Language#during}), on its own thread only: checks may run side by side. */
public final class WithLanguage {

    private WithLanguage() {
    }

    public static <T> T in(Language language, Supplier<T> body) {
        return Language.during(language, body);
    }

    /** The message of the exception {@code body} throws, in {@code language}; fails if it throws none. */
    public static String messageOf(Language language, Runnable body) {
        return in(language, () -> {
            try {
                body.run();
            } catch (RuntimeException e) {
                return e.getMessage();
            }
            throw new AssertionError("expected an exception, but none was thrown");
        });
    }
}
