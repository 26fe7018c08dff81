package backproplab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** Assertions on doubles computed two ways: by the engine, and by closed-form math. */
public final class Close {

    /**
     * Relative tolerance for values computed by the engine and by an independent closed form
     * with the same elementary functions: both round a handful of operations, each within
     * half an ulp (1.1·10⁻¹⁶), so they agree to about 10⁻¹⁵; 10⁻¹² leaves room for the
     * order of operations to differ, and still catches any wrong formula.
     */
    public static final double RELATIVE = 1e-12;

    private Close() {
    }

    /** |actual − expected| ≤ 10⁻¹² · |expected|; an expected 0 must be exactly 0, NaN must be NaN. */
    public static void assertClose(double expected, double actual, String what) {
        if (Double.isNaN(expected) || Double.isInfinite(expected)) {
            assertThat(actual).as(what).isEqualTo(expected);
            return;
        }
        double error = Math.abs(actual - expected);
        if (!(error <= RELATIVE * Math.abs(expected))) {
            fail("%s: expected %s but was %s (|difference| = %s > %s × |expected|)",
                    what, expected, actual, error, RELATIVE);
        }
    }
}
