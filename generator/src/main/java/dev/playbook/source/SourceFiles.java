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

    static boolean withinLimit(String relative, long size, List<Problem> problems) {
        if (size <= MAX_SOURCE_BYTES) {
            return true;
        }
        problems.add(Problem.error(RuleId.SOURCE_TOO_LARGE, Position.ofFile(relative),
                "file is " + size + " bytes, more than the " + MAX_SOURCE_BYTES + " a page source may have",
                "split it into several pages"));
        return false;
    }

    /** Strict UTF-8, without a byte order mark, with Unix line ends. */
    static Optional<SourceFile> decode(String relative, byte[] bytes, List<Problem> problems) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return Optional.of(new SourceFile(relative, text.replace("\r\n", "\n")));
        } catch (CharacterCodingException e) {
            problems.add(Problem.error(RuleId.SOURCE_ENCODING, Position.ofFile(relative),
                    "file is not valid UTF-8", "save it as UTF-8"));
            return Optional.empty();
        }
    }
}
