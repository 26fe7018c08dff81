package backproplab.spec;

/** Comparisons the laws share, each failing with what was compared and the tolerance used. */
final class Laws {

    /**
     * Two computations of one exact quantity that differ only in the order of their roundings
     * (reverse mode against forward mode, against a sum of gradients, against a path sum): each of
     * the few dozen operations of a generated graph errs by half an ulp (1.1·10⁻¹⁶) of its own
     * magnitude, so they agree to about 10⁻¹⁴ of the magnitudes involved. 10⁻¹² leaves a factor 100;
     * a wrong rule misses by far more.
     */
    static final double ROUNDING = 1e-12;

    private Laws() {
    }

    /** |expected − actual| ≤ tolerance · scale, where scale ≥ 1 bounds the magnitudes that were rounded. */
    static void assertClose(String what, double expected, double actual, double tolerance, double scale) {
        if (!(Math.abs(expected - actual) <= tolerance * scale)) {
            throw new AssertionError(String.format("%s: expected %s, got %s (|difference| %.3g > %.1g × %.3g)",
                    what, expected, actual, Math.abs(expected - actual), tolerance, scale));
        }
    }

    /** The same, with the scale max(1, |expected|). */
    static void assertClose(String what, double expected, double actual) {
        assertClose(what, expected, actual, ROUNDING, Math.max(1, Math.abs(expected)));
    }
}
