package dev.playbook.serve;

import java.util.Optional;

/**
 * A request's path as a site path, or nothing when it could name a file outside the site or is not a
 * path a site has. The JDK server decodes percent escapes once, so {@code %2e%2e} arrives as {@code ..}
 * and is refused here; a doubly encoded {@code %252e%252e} arrives as the harmless name {@code %2e%2e}.
 */
final class RequestPath {

    private RequestPath() {
    }

    /**
     * {@code /team/roles.html} as {@code team/roles.html}; a folder keeps its trailing slash ({@code team/},
     * and {@code ""} for the root). Refused: any {@code ..} or {@code .} segment, empty segments ({@code //}),
     * backslashes (a separator on Windows) and control characters, {@code NUL} among them.
     */
    static Optional<String> of(String decodedPath) {
        if (decodedPath == null || !decodedPath.startsWith("/")) {
            return Optional.empty();
        }
        String path = decodedPath.substring(1);
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\') {
                return Optional.empty();
            }
        }
        if (path.isEmpty()) {
            return Optional.of(path);
        }
        String segments = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        for (String segment : segments.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return Optional.empty();
            }
        }
        return Optional.of(path);
    }
}
