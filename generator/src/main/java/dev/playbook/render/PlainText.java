package dev.playbook.render;

import org.jsoup.Jsoup;

/** The text of a bit of HTML as one line, for a page's description meta and Open Graph tags. */
final class PlainText {

    /** Longer descriptions are cut by search engines and link previews anyway. */
    static final int MAX_LENGTH = 300;

    private PlainText() {
    }

    static String of(String html) {
        return shorten(Jsoup.parseBodyFragment(html).text());
    }

    static String shorten(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        if (line.length() <= MAX_LENGTH) {
            return line;
        }
        int cut = line.lastIndexOf(' ', MAX_LENGTH - 1);
        return line.substring(0, cut > 0 ? cut : MAX_LENGTH - 1) + "…";
    }
}
