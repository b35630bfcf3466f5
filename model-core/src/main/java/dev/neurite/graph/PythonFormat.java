package dev.neurite.graph;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Numbers written as Python's format specifications write them, so that text Keras prints can be reproduced to the
 * character. Python rounds the exact binary value of a float half-to-even ({@code f"{0.125:.2f}"} is {@code 0.12});
 * Java's {@code %.2f} rounds its shortest decimal form half-up ({@code 0.13}), hence these helpers. Stateless and
 * thread-safe.
 */
public final class PythonFormat {

    private PythonFormat() {
    }

    /** Python's {@code f"{value:,}"} for an integer: {@code 407050} as {@code 407,050}. */
    public static String thousands(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** Python's {@code f"{value:.Nf}"} with {@code digits} = N: {@code fixed(0.125, 2)} is {@code 0.12}. */
    public static String fixed(double value, int digits) {
        if (!Double.isFinite(value)) {
            return nonFinite(value);
        }
        String text = new BigDecimal(value).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
        return negativeZero(value, text);
    }

    /** Python's {@code f"{value:.Ne}"} with {@code digits} = N: {@code scientific(0.0005, 4)} is {@code 5.0000e-04}. */
    public static String scientific(double value, int digits) {
        if (!Double.isFinite(value)) {
            return nonFinite(value);
        }
        if (value == 0) {
            return negativeZero(value, "0." + "0".repeat(digits) + "e+00");
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(digits + 1, RoundingMode.HALF_EVEN));
        int exponent = rounded.precision() - rounded.scale() - 1;
        BigDecimal mantissa = rounded.movePointLeft(exponent).setScale(digits, RoundingMode.UNNECESSARY);
        return mantissa.toPlainString() + (exponent < 0 ? "e-" : "e+")
                + String.format(Locale.ROOT, "%02d", Math.abs(exponent));
    }

    private static String negativeZero(double value, String text) {
        boolean negative = value < 0 || (value == 0 && 1 / value < 0);
        return negative && !text.startsWith("-") ? "-" + text : text;
    }

    private static String nonFinite(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        return value > 0 ? "inf" : "-inf";
    }
}
