package backproplab;

import backproplab.i18n.Language;
import java.util.function.Supplier;

/** Runs a piece of code with {@link Language#PROPERTY} set, restoring it afterwards. */
public final class WithLanguage {

    private WithLanguage() {
    }

    public static <T> T in(Language language, Supplier<T> body) {
        String previous = System.getProperty(Language.PROPERTY);
        System.setProperty(Language.PROPERTY, language.code());
        try {
            return body.get();
        } finally {
            if (previous == null) {
                System.clearProperty(Language.PROPERTY);
            } else {
                System.setProperty(Language.PROPERTY, previous);
            }
        }
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
