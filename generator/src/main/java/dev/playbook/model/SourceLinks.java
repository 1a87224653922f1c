package dev.playbook.model;

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

    /** The {@code #anchor} of a link, percent-decoded, without the {@code #}; empty when it has none. */
    public static String anchorOf(String target) {
        int hash = target.indexOf('#');
        return hash < 0 ? "" : UrlPaths.decode(target.substring(hash + 1));
    }

    /** The path of a link, without its {@code #anchor} or {@code ?query}. */
    public static String pathOf(String target) {
        int cut = firstOf(target, '#', '?');
        return cut < 0 ? target : target.substring(0, cut);
    }

    /**
     * An author's link as the site writes it, leading to a page where it names a page source
     * ({@code ../sales-process.yaml#stage-discovery} becomes {@code ../sales-process.html#stage-discovery}): see {@link #href}.
     */
    public static String toPage(String target) {
        return rewrite(target, true);
    }

    /**
     * An author's link as the site writes it: an internal link's path and {@code #fragment} percent-encoded once
     * ({@link UrlPaths}), whether the author encoded them or not, so {@code Réunion%20de%20découverte.md} and
     * {@code <Réunion de découverte.md>} give the same URL; a {@code ?query} as written; other links as they are.
     */
    public static String href(String target) {
        return rewrite(target, false);
    }

    private static String rewrite(String target, boolean toPage) {
        if (!isInternal(target)) {
            return target;
        }
        int cut = firstOf(target, '#', '?');
        String path = UrlPaths.decode(cut < 0 ? target : target.substring(0, cut));
        if (toPage && OutputPaths.isPageSource(path)) {
            path = OutputPaths.pageFor(path);
        }
        int hash = target.indexOf('#');
        String query = cut < 0 || cut == hash ? "" : target.substring(cut, hash < 0 ? target.length() : hash);
        String fragment = hash < 0 ? "" : "#" + UrlPaths.segment(UrlPaths.decode(target.substring(hash + 1)));
        return UrlPaths.path(path) + query + fragment;
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
