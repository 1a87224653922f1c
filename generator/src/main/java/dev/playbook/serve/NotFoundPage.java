package dev.playbook.serve;

/**
 * The page for a path the site does not have: styled on its own, since the theme's stylesheet is at a
 * relative path this page cannot know, and with a link to the home page at the root the server serves
 * the site at. In the live preview a deleted page turns into this one on its next reload.
 */
final class NotFoundPage {

    private NotFoundPage() {
    }

    static String html(String path) {
        return """
                <!doctype html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <link rel="icon" href="data:,">
                <title>Page not found</title>
                <style>
                  body { margin: 0; min-height: 100vh; display: grid; place-items: center; background: #f5f7fa; color: #17212f;
                         font: 1rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
                  main { background: #fff; border: 1px solid #d9e0e8; border-radius: 8px; padding: 2rem 2.5rem; margin: 1rem; max-width: 36rem; }
                  h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
                  code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #f5f7fa; padding: .1em .3em;
                         border-radius: 3px; overflow-wrap: anywhere; }
                  a { color: #1d5fbf; }
                </style>
                </head>
                <body>
                <main>
                <h1>Page not found</h1>
                <p>This playbook has no page at <code>/%s</code>.</p>
                <p><a href="/">Go to the home page</a></p>
                </main>
                </body>
                </html>
                """.formatted(escape(path));
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
