package backproplab.i18n;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Text for people, from a resource bundle in the {@link Language#current() current language}.
 * Patterns use {@link String#format} placeholders ({@code %s}, {@code %1$s}) formatted with
 * {@link Locale#ROOT}, so numbers print the same in both languages ({@code 14.05036190056671},
 * never {@code 14,05…}); callers pass numbers already formatted when the exact digits matter.
 */
public final class Messages {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String baseName;

    private Messages(String baseName) {
        this.baseName = baseName;
    }

    /** The messages of the bundle {@code baseName}, for example {@code backproplab.torch.messages}. */
    public static Messages of(String baseName) {
        return new Messages(baseName);
    }

    /** The message {@code key} in the current language, with {@code args} filled in. */
    public String get(String key, Object... args) {
        return in(Language.current(), key, args);
    }

    /** The message {@code key} in {@code language}, with {@code args} filled in. */
    public String in(Language language, String key, Object... args) {
        ResourceBundle bundle = bundle(language);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("message '" + key + "' is missing from " + baseName
                    + " for " + language.code() + "; add it to both the English and the Spanish bundle.", e);
        }
        return String.format(Locale.ROOT, pattern, args);
    }

    /** The bundle for {@code language}, without falling back to the JVM's default locale. */
    public ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle(baseName, language.locale(), NO_FALLBACK);
    }
}
