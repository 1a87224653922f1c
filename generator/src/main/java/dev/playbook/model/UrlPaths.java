package dev.playbook.model;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Paths of the site as the URLs its pages write, and back: the generator's one percent-encoder. File names may
 * hold spaces and letters beyond ASCII ({@code Réunion de découverte.md}), and a version is named after its Git
 * tag, which may hold {@code #}, {@code %} or {@code ?}; a URL holds none of them as they are.
 *
 * <p>Each segment is encoded as UTF-8, byte by byte, except the characters RFC 3986 leaves unreserved (letters,
 * digits, {@code - . _ ~}) and the sub-delimiters {@code ! ' ( ) *}: exactly what JavaScript's
 * {@code encodeURIComponent} keeps, so the theme's scripts, which make links from paths in the browser (the search
 * client, the version switcher), write the very URLs the pages do. The other sub-delimiters are encoded too: a
 * {@code +} reads as a space to some hosts, a {@code ;} starts path parameters to servlet containers, and a
 * {@code :} in a relative URL's first segment would make it a scheme. A space is {@code %20}, never {@code +}.
 */
public final class UrlPaths {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UrlPaths() {
    }

    /** One segment of a path, percent-encoded: a {@code /} in it is encoded too. */
    public static String segment(String segment) {
        if (isKept(segment)) {
            return segment; // ASCII names, nearly all of them, encode to themselves
        }
        StringBuilder url = new StringBuilder(segment.length() + 16);
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (kept(c)) {
                url.append(c);
            } else {
                url.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return url.toString();
    }

    /** A path of the site ({@code team/guides/x y.html}, {@code v1.0#2/}) as a relative URL: each segment encoded, {@code /} kept. */
    public static String path(String path) {
        if (isKept(path.replace("/", ""))) {
            return path;
        }
        String[] segments = path.split("/", -1);
        StringBuilder url = new StringBuilder(path.length() + 16);
        for (int i = 0; i < segments.length; i++) {
            url.append(i == 0 ? "" : "/").append(segment(segments[i]));
        }
        return url.toString();
    }

    /**
     * A page's path with an optional {@code #fragment} ({@code team/sales-process.html#stage-discovery}) as a relative
     * URL: the path as {@link #path}, the fragment encoded like a segment. Only for paths of pages, whose names
     * cannot hold {@code #} ({@code source.name}); a version's folder may, and goes through {@link #path}.
     */
    public static String link(String pathAndFragment) {
        int hash = pathAndFragment.indexOf('#');
        return hash < 0 ? path(pathAndFragment)
                : path(pathAndFragment.substring(0, hash)) + "#" + segment(pathAndFragment.substring(hash + 1));
    }

    /**
     * A URL's text with its percent escapes decoded as UTF-8 (a link written by an author, or read back from a page).
     * A {@code %} not followed by two hex digits is a {@code %}, as browsers read it; a {@code +} stays a {@code +}.
     */
    public static String decode(String url) {
        int percent = url.indexOf('%');
        if (percent < 0) {
            return url;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(url.length());
        byte[] utf8 = url.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < utf8.length; i++) {
            if (utf8[i] == '%' && i + 2 < utf8.length && hex(utf8[i + 1]) >= 0 && hex(utf8[i + 2]) >= 0) {
                bytes.write(hex(utf8[i + 1]) * 16 + hex(utf8[i + 2]));
                i += 2;
            } else {
                bytes.write(utf8[i]);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isKept(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!kept(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean kept(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~' || c == '!' || c == '\'' || c == '(' || c == ')' || c == '*';
    }

    /** The value of an ASCII hex digit, or -1 (for any other byte, a byte of a multi-byte character among them). */
    private static int hex(int b) {
        if (b >= '0' && b <= '9') {
            return b - '0';
        }
        if (b >= 'a' && b <= 'f') {
            return b - 'a' + 10;
        }
        if (b >= 'A' && b <= 'F') {
            return b - 'A' + 10;
        }
        return -1;
    }
}
