package backproplab.picture;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers as a picture shows them: rounded for reading, with the exact value kept for the hover
 * text. {@code 14.05036190056671} reads {@code 14.05}; {@code 8.0} reads {@code 8};
 * {@code 0.000012345} reads {@code 1.235e-5}.
 */
final class Readable {

    /** Significant digits shown: enough to recognise a value, few enough to keep boxes narrow. */
    static final int DIGITS = 4;

    private static final MathContext ROUNDING = new MathContext(DIGITS, RoundingMode.HALF_EVEN);

    private Readable() {
    }

    /**
     * {@code value} to {@value #DIGITS} significant digits (the exact double rounded to nearest,
     * ties to even), without trailing zeros; in plain notation when
     * 10⁻⁴ ≤ |value| < 10⁶ and as {@code 1.235e-5} otherwise; {@code NaN}, {@code ∞}, {@code -∞}.
     */
    static String rounded(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "-∞";
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal digits = new BigDecimal(value).round(ROUNDING).stripTrailingZeros();
        double magnitude = Math.abs(digits.doubleValue());
        if (magnitude >= 1e-4 && magnitude < 1e6) {
            return digits.toPlainString();
        }
        int exponent = digits.precision() - digits.scale() - 1;
        return digits.movePointLeft(exponent).toPlainString() + "e" + exponent;
    }

    /** The exact value, as Java prints a double: every digit needed to read it back. */
    static String exact(double value) {
        return Double.toString(value);
    }
}
