package dev.playbook.model;

import java.util.Optional;

/**
 * Authors link to source files ({@code ../sales-process.yaml#stage-discovery}) so that links also work
 * when browsing the repository; on the site they must point at pages.
 */
public final class SourceLinks {

    private SourceLinks() {
    }

    /** True for links that stay inside the playbook: no scheme, not protocol-relative. */
    public static boolean isInternal(String target) {
        if (target.isEmpty() || target.startsWith("//")) {
            return false;
        }
        int colon = target.indexOf(':');
        int slash = target.indexOf('/');
        int hash = target.indexOf('#');
        return colon < 0 || (slash >= 0 && slash < colon) || (hash >= 0 && hash < colon);
    }

    /** The path of a link, without its {@code #anchor} or {@code ?query}. */
    public static String pathOf(String target) {
        int cut = firstOf(target, '#', '?');
        return cut < 0 ? target : target.substring(0, cut);
    }

    public static String toPage(String target) {
        if (!isInternal(target)) {
            return target;
        }
        int cut = firstOf(target, '#', '?');
        String path = cut < 0 ? target : target.substring(0, cut);
        String rest = cut < 0 ? "" : target.substring(cut);
        return replaceExtension(path).orElse(path) + rest;
    }

    private static Optional<String> replaceExtension(String path) {
        for (String extension : new String[] {".md", ".yaml", ".yml"}) {
            if (path.endsWith(extension)) {
                return Optional.of(path.substring(0, path.length() - extension.length()) + ".html");
            }
        }
        return Optional.empty();
    }

    private static int firstOf(String text, char a, char b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        if (i < 0) {
            return j;
        }
        return j < 0 ? i : Math.min(i, j);
    }
}
