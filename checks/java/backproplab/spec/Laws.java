package backproplab.spec;

import backproplab.i18n.Messages;
import java.util.Locale;

/** Comparisons the laws share, each failing with what was compared and the tolerance used. */
public final class Laws {

    /**
     * Two computations of one exact quantity that differ only in the order of their roundings
     * (reverse mode against forward mode, against a sum of gradients, against a path sum): each of
     * the few dozen operations of a generated graph errs by half an ulp (1.1·10⁻¹⁶) of its own
     * magnitude, so they agree to about 10⁻¹⁴ of the magnitudes involved. 10⁻¹² leaves a factor 100;
     * a wrong rule misses by far more.
     */
    static final double ROUNDING = 1e-12;

    /** The specification's words for people, in English and Spanish. */
    static final Messages WORDS = Messages.of("backproplab.spec.words");

    private Laws() {
    }

    /** |expected − actual| ≤ tolerance · scale, where scale ≥ 1 bounds the magnitudes that were rounded. */
    static void assertClose(String what, double expected, double actual, double tolerance, double scale) {
        if (!(Math.abs(expected - actual) <= tolerance * scale)) {
            throw new AssertionError(WORDS.get("expectedGotWithin", what, expected, actual,
                    String.format(Locale.ROOT, "%.3g", Math.abs(expected - actual)),
                    String.format(Locale.ROOT, "%.1g", tolerance), String.format(Locale.ROOT, "%.3g", scale)));
        }
    }

    /** A failed comparison without a tolerance: "what: expected …, got …", in the student's language. */
    public static AssertionError expectedGot(String what, Object expected, Object actual) {
        return new AssertionError(WORDS.get("expectedGot", what, expected, actual));
    }

    /** The same, with the scale max(1, |expected|). */
    static void assertClose(String what, double expected, double actual) {
        assertClose(what, expected, actual, ROUNDING, Math.max(1, Math.abs(expected)));
    }
}
