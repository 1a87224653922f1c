package dev.playbook.render;

import java.util.function.Consumer;

/**
 * Finds the values of one attribute ({@code id="..."}, {@code href="..."}) in rendered HTML. A plain
 * scan, not a regular expression and not a parser: this runs on every page of a big site, and our
 * templates always quote attributes with double quotes.
 */
final class AttributeScanner {

    private AttributeScanner() {
    }

    static void scan(String html, String attribute, Consumer<String> values) {
        String marker = " " + attribute + "=\"";
        int from = 0;
        while (true) {
            int start = html.indexOf(marker, from);
            if (start < 0) {
                return;
            }
            int valueStart = start + marker.length();
            int end = html.indexOf('"', valueStart);
            if (end < 0) {
                return;
            }
            values.accept(html.substring(valueStart, end));
            from = end + 1;
        }
    }
}
