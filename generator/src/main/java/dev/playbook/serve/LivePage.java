package dev.playbook.serve;

import java.nio.charset.StandardCharsets;

/**
 * The live-reload client in served pages: a script tag before {@code </body>}, added to the response only,
 * so a site on disk never carries it. The script's URL is from the root, which the server serves the site
 * at, so it holds on pages at any depth.
 */
final class LivePage {

    static final String SCRIPT_PATH = "_playbook/live.js";

    private LivePage() {
    }

    /** {@code html} with the script tag, which carries the site's {@code version} the page was served at. */
    static byte[] inject(byte[] html, String version) {
        String page = new String(html, StandardCharsets.UTF_8);
        String tag = "<script src=\"/" + SCRIPT_PATH + "\" data-version=\"" + NotFoundPage.escape(version) + "\" defer></script>";
        int body = lastIndexOfIgnoringCase(page, "</body");
        String injected = body < 0 ? page + tag : page.substring(0, body) + tag + page.substring(body);
        return injected.getBytes(StandardCharsets.UTF_8);
    }

    /** Not via {@code toLowerCase}, which may change the length of the text before it (U+0130 becomes two chars). */
    private static int lastIndexOfIgnoringCase(String text, String part) {
        for (int at = text.length() - part.length(); at >= 0; at--) {
            if (text.regionMatches(true, at, part, 0, part.length())) {
                return at;
            }
        }
        return -1;
    }
}
