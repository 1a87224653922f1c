package dev.playbook.load;

import org.snakeyaml.engine.v2.nodes.Tag;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Turns a resolved YAML 1.2 core-schema scalar into its Java value. Numbers are kept exactly or refused:
 * {@code .nan} and {@code .inf} are no amounts, and a number with more digits than a {@code long} or a
 * {@code double} holds would be rounded without a word ({@link UnusableNumber}).
 */
final class ScalarValues {

    /** Digits a double keeps through any decimal round trip. */
    static final int MAX_SIGNIFICANT_DIGITS = 15;

    /** A number the model cannot hold as written; the message quotes it, the hint says what to write. */
    static final class UnusableNumber extends RuntimeException {
        final String hint;

        UnusableNumber(String message, String hint) {
            super(message, null, false, false);
            this.hint = hint;
        }
    }

    private ScalarValues() {
    }

    static Object of(Tag tag, String text) {
        if (Tag.NULL.equals(tag)) {
            return null;
        }
        if (Tag.BOOL.equals(tag)) {
            return Boolean.parseBoolean(text.toLowerCase(Locale.ROOT));
        }
        if (Tag.INT.equals(tag)) {
            return integer(text);
        }
        if (Tag.FLOAT.equals(tag)) {
            return floating(text);
        }
        return text;
    }

    private static Object integer(String text) {
        String digits = text.startsWith("+") ? text.substring(1) : text;
        int radix = digits.startsWith("0x") ? 16 : digits.startsWith("0o") ? 8 : 10;
        String written = radix == 10 ? digits : digits.substring(2);
        try {
            return Long.parseLong(written, radix);
        } catch (NumberFormatException tooLarge) {
            throw new UnusableNumber("\"" + text + "\" is too large a number: whole numbers go up to " + Long.MAX_VALUE,
                    "write a smaller number, or put it in quotes if it is a code rather than an amount");
        }
    }

    private static Object floating(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".nan") || lower.endsWith(".inf")) {
            throw new UnusableNumber("\"" + text + "\" is not a finite number", "write a number such as 0.25");
        }
        BigDecimal exact;
        try {
            exact = new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
        } catch (NumberFormatException exponentTooLong) {
            // found by fuzzing: 1234e671234567890135246 has an exponent beyond what any number type holds
            throw new UnusableNumber("\"" + text + "\" is too large a number", "write a smaller number");
        }
        double value = exact.doubleValue();
        if (Double.isInfinite(value)) {
            throw new UnusableNumber("\"" + text + "\" is too large a number", "write a smaller number");
        }
        BigDecimal significant = exact.stripTrailingZeros();
        if (significant.precision() > MAX_SIGNIFICANT_DIGITS || (value == 0 && exact.signum() != 0)) {
            throw new UnusableNumber("\"" + text + "\" has more digits than can be kept exactly (at most "
                    + MAX_SIGNIFICANT_DIGITS + " significant digits); it would become " + value,
                    "round it to " + MAX_SIGNIFICANT_DIGITS + " digits or fewer");
        }
        return value;
    }
}
