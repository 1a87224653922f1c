package dev.playbook.source;

import dev.playbook.model.RuleId;
import dev.playbook.model.SourceFile;
import dev.playbook.model.Position;
import dev.playbook.model.Problem;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** What every reader of content applies, from a folder or from a Git tree: hidden files, size limit, UTF-8. */
final class SourceFiles {

    /** Larger page sources are refused: a playbook page this big is a mistake or an attack. */
    static final long MAX_SOURCE_BYTES = 2L * 1024 * 1024;

    private SourceFiles() {
    }

    /** True when any part of the path starts with a dot: .git, .DS_Store, a staging folder. */
    static boolean isHidden(String relative) {
        for (String part : relative.split("/")) {
            if (part.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** Longer content paths are refused: the site's folder comes in front of them, and systems stop at 4,096 bytes (Windows at 260). */
    static final int MAX_PATH_BYTES = 1024;

    private static final java.util.Set<String> WINDOWS_RESERVED = java.util.Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    /**
     * Whether a content path can become a URL and a file on every system: no character that ends or
     * escapes a URL path ({@code # ? %}), no backslash or control character, no name Windows reserves, and
     * not too long. A path that cannot is reported and left out, so the build never half-writes it.
     */
    static boolean publishableName(String relative, List<Problem> problems) {
        Optional<String[]> why = whyUnpublishable(relative);
        why.ifPresent(reason -> problems.add(Problem.error(RuleId.SOURCE_NAME, Position.ofFile(relative), reason[0], reason[1])));
        return why.isEmpty();
    }

    private static Optional<String[]> whyUnpublishable(String relative) {
        if (relative.indexOf('\uFFFD') >= 0) {
            // Java reads file names in the system's locale: under LC_ALL=C (common in CI containers) a non-ASCII
            // name arrives with its letters replaced, and no file of that name can be read or written
            return Optional.of(new String[] {"the name cannot be read in this system's locale ("
                    + System.getProperty("sun.jnu.encoding", "unknown") + "), which has no letters beyond ASCII",
                    "run Playbook with a UTF-8 locale, such as LC_ALL=C.UTF-8, as CI containers often do not"});
        }
        int bytes = relative.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_PATH_BYTES) {
            return Optional.of(new String[] {"the path is " + bytes + " bytes long, more than the " + MAX_PATH_BYTES + " a content path may have",
                    "use shorter folder and file names"});
        }
        for (int i = 0; i < relative.length(); i++) {
            char c = relative.charAt(i);
            if (c == '#' || c == '?' || c == '%' || c == '\\' || c < 0x20 || c == 0x7f) {
                String shown = c < 0x20 || c == 0x7f ? String.format("a control character (U+%04X)", (int) c) : "\"" + c + "\"";
                return Optional.of(new String[] {"the name has " + shown + ", which breaks links to it",
                        "rename it with letters, digits, dashes and dots only"});
            }
        }
        for (String part : relative.split("/")) {
            int dot = part.indexOf('.');
            String stem = (dot < 0 ? part : part.substring(0, dot)).toLowerCase(java.util.Locale.ROOT);
            if (WINDOWS_RESERVED.contains(stem)) {
                return Optional.of(new String[] {"\"" + part + "\" is a name Windows reserves for a device; the playbook cannot be checked out there",
                        "rename it"});
            }
        }
        return Optional.empty();
    }

    static boolean withinLimit(String relative, long size, List<Problem> problems) {
        if (size <= MAX_SOURCE_BYTES) {
            return true;
        }
        problems.add(Problem.error(RuleId.SOURCE_TOO_LARGE, Position.ofFile(relative),
                "file is " + size + " bytes, more than the " + MAX_SOURCE_BYTES + " a page source may have",
                "split it into several pages"));
        return false;
    }

    /** Strict UTF-8, without a byte order mark, with Unix line ends (\r\n and a lone \r become \n). */
    static Optional<SourceFile> decode(String relative, byte[] bytes, List<Problem> problems) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            // a lone \r (old Mac line ends) is a line break to YAML and editors: one kind of line end for every stage
            return Optional.of(new SourceFile(relative, text.replace("\r\n", "\n").replace('\r', '\n')));
        } catch (CharacterCodingException e) {
            problems.add(Problem.error(RuleId.SOURCE_ENCODING, Position.ofFile(relative),
                    "file is not valid UTF-8", "save it as UTF-8"));
            return Optional.empty();
        }
    }
}
