package dev.playbook.diff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** How a value reads in a change row: numbers without noise, rates as percentages, money in short form. */
final class Figures {

    private static final int LONGEST_TEXT = 160;

    private Figures() {
    }

    /** 600000 → "600,000"; 9.4736 → "9.5"; 10.0 → "10". */
    static String number(double value) {
        DecimalFormat format = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP));
    }

    /** A figure as the author wrote it, with thousands grouped: 600000 → "600,000"; 0.125 → "0.125". */
    static String exact(double value) {
        DecimalFormat format = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(BigDecimal.valueOf(value).stripTrailingZeros());
    }

    /** 0.65 → "65%"; 0.325 → "32.5%", exactly as written. */
    static String percent(double rate) {
        return exact(BigDecimal.valueOf(rate).movePointRight(2).doubleValue()) + "%";
    }

    /** An amount an author wrote: short ("$3.2M", "$85K") when that is exact, else in full ("$120,001"). */
    static String moneyExact(double amount, String currency) {
        BigDecimal value = BigDecimal.valueOf(amount);
        boolean millions = value.movePointLeft(6).stripTrailingZeros().scale() <= 2 && Math.abs(amount) >= 1_000_000;
        boolean thousands = value.movePointLeft(3).stripTrailingZeros().scale() <= 2 && Math.abs(amount) >= 10_000;
        return millions || thousands ? money(amount, currency) : withCurrency(exact(amount), currency);
    }

    private static String withCurrency(String figure, String currency) {
        String sign = sign(currency);
        return sign.isEmpty() ? figure + " " + currency : sign + figure;
    }

    private static String sign(String currency) {
        return switch (currency) {
            case "USD" -> "$";
            case "EUR" -> "€";
            case "GBP" -> "£";
            case "JPY" -> "¥";
            default -> "";
        };
    }

    /** A worked-out amount, rounded short: 3_200_000 in USD → "$3.2M"; 85_000 → "$85K"; without a sign here, "3.2M SEK". */
    static String money(double amount, String currency) {
        double size = Math.abs(amount);
        String figure = size >= 1_000_000 ? twoDigits(amount / 1_000_000) + "M"
                : size >= 10_000 ? twoDigits(amount / 1_000) + "K" : number(amount);
        return withCurrency(figure, currency);
    }

    private static String twoDigits(double value) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP));
    }

    /** Any YAML value as a reader would say it: a mapping by its name, a list as its items, long text cut short. */
    static String plain(Object value) {
        String text;
        if (value == null) {
            text = "(empty)";
        } else if (value instanceof Number n) {
            text = exact(n.doubleValue());
        } else if (value instanceof Map<?, ?> map) {
            Object name = map.containsKey("name") ? map.get("name") : map.get("title");
            text = name != null && !(name instanceof Map) && !(name instanceof List) ? String.valueOf(name)
                    : map.entrySet().stream().map(e -> e.getKey() + ": " + plain(e.getValue())).collect(Collectors.joining("; "));
        } else if (value instanceof List<?> list) {
            text = list.stream().map(Figures::plain).collect(Collectors.joining(", "));
        } else {
            text = String.valueOf(value);
        }
        return text.length() <= LONGEST_TEXT ? text : text.substring(0, LONGEST_TEXT - 1) + "…";
    }

    static double asNumber(Object value) {
        return value instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
