package dev.playbook.load;

import org.snakeyaml.engine.v2.nodes.Tag;

import java.util.Locale;

/** Turns a resolved YAML 1.2 core-schema scalar into its Java value. */
final class ScalarValues {

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
        try {
            if (digits.startsWith("0x")) {
                return Long.parseLong(digits.substring(2), 16);
            }
            if (digits.startsWith("0o")) {
                return Long.parseLong(digits.substring(2), 8);
            }
            return Long.parseLong(digits);
        } catch (NumberFormatException tooLarge) {
            // beyond a long: keep the magnitude as a double, whatever the base
            int radix = digits.startsWith("0x") ? 16 : digits.startsWith("0o") ? 8 : 10;
            return new java.math.BigInteger(radix == 10 ? digits : digits.substring(2), radix).doubleValue();
        }
    }

    private static Object floating(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return switch (lower) {
            case ".inf", "+.inf" -> Double.POSITIVE_INFINITY;
            case "-.inf" -> Double.NEGATIVE_INFINITY;
            case ".nan" -> Double.NaN;
            default -> Double.parseDouble(text);
        };
    }
}
