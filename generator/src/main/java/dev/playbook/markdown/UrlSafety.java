package dev.playbook.markdown;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a link or image URL is safe to publish, judged as a browser reads it: control characters and
 * blanks dropped, case folded, so {@code java&#x09;script:} and {@code JaVaScRiPt:} are caught too.
 */
final class UrlSafety {

    private static final Pattern IGNORED_BY_BROWSERS = Pattern.compile("[\\x00-\\x20\\x7f]+");
    private static final Pattern SAFE_DATA_IMAGE = Pattern.compile("^data:image/(png|gif|jpe?g|webp);base64,[a-z0-9+/=]*$");

    private UrlSafety() {
    }

    static boolean isSafe(String url, boolean image) {
        String asBrowserSees = IGNORED_BY_BROWSERS.matcher(url).replaceAll("").toLowerCase(Locale.ROOT);
        if (asBrowserSees.startsWith("data:")) {
            return image && SAFE_DATA_IMAGE.matcher(asBrowserSees).matches();
        }
        return !(asBrowserSees.startsWith("javascript:") || asBrowserSees.startsWith("vbscript:")
                || asBrowserSees.startsWith("livescript:"));
    }
}
