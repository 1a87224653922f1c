package dev.playbook.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import dev.playbook.model.ChangeSet.Block;
import dev.playbook.model.ChangeSet.Type;
import dev.playbook.model.ChangeSet.Word;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An edited guide, as a reader sees it: its Markdown read as blocks (paragraphs, headings, list items, table
 * rows, code), the blocks compared, and a changed block compared word by word, with what both versions share
 * folded away. Inline Markdown (emphasis, links, code marks) is read as its text, so a link's URL or a pair of
 * asterisks is no word of the diff.
 */
final class GuideDiff {

    /** Guides longer than this are reported as edited without a diff: the diff would be unreadable anyway. */
    static final int MAX_BLOCKS = 2_000;
    static final int MAX_WORDS = 5_000;

    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+(?:\\[[ xX]]\\s+)?");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern TABLE_SEPARATOR = Pattern.compile("^\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$");
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern MARKS = Pattern.compile("(\\*\\*|__|\\*|`|~~)");

    /** A block of the guide: its kind and its text (one entry per table cell). */
    record Part(String kind, List<String> cells) {
    }

    private GuideDiff() {
    }

    static Optional<List<Block>> diff(String before, String after) {
        List<Part> old = parts(before);
        List<Part> now = parts(after);
        if (old.size() > MAX_BLOCKS || now.size() > MAX_BLOCKS) {
            return Optional.empty();
        }
        Patch<Part> patch = DiffUtils.diff(old, now);
        List<Block> blocks = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<Part> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            fold(blocks, old.subList(position, start));
            List<Part> removed = delta.getSource().getLines();
            List<Part> added = delta.getTarget().getLines();
            int paired = Math.min(removed.size(), added.size());
            for (int i = 0; i < paired; i++) {
                blocks.add(edited(removed.get(i), added.get(i)));
            }
            removed.subList(paired, removed.size()).forEach(part -> blocks.add(whole(part, Type.REMOVED)));
            added.subList(paired, added.size()).forEach(part -> blocks.add(whole(part, Type.ADDED)));
            position = start + removed.size();
        }
        fold(blocks, old.subList(position, old.size()));
        return Optional.of(blocks);
    }

    /** A run of blocks both versions share, folded into one that holds their text (one cell each), for a reader who unfolds it. */
    private static void fold(List<Block> blocks, List<Part> unchanged) {
        if (!unchanged.isEmpty()) {
            List<List<Word>> texts = unchanged.stream().map(part -> List.of(new Word(String.join(" | ", part.cells()), null))).toList();
            blocks.add(new Block("folded", null, texts, unchanged.size()));
        }
    }

    private static Block whole(Part part, Type type) {
        return new Block(part.kind(), type, part.cells().stream().map(cell -> List.of(new Word(cell, type))).toList(), 0);
    }

    /** A block edited in place: word by word when it is still the same kind of block with as many cells, else removed and added. */
    private static Block edited(Part before, Part after) {
        if (!before.kind().equals(after.kind()) || before.cells().size() != after.cells().size()) {
            List<List<Word>> cells = new ArrayList<>();
            cells.add(List.of(new Word(String.join(" | ", before.cells()), Type.REMOVED), new Word(String.join(" | ", after.cells()), Type.ADDED)));
            return new Block(after.kind().equals("row") ? "paragraph" : after.kind(), Type.CHANGED, cells, 0);
        }
        List<List<Word>> cells = new ArrayList<>();
        for (int i = 0; i < after.cells().size(); i++) {
            cells.add(words(before.cells().get(i), after.cells().get(i)));
        }
        return new Block(after.kind(), Type.CHANGED, cells, 0);
    }

    /** A word-level diff, runs of equal words kept whole. */
    static List<Word> words(String before, String after) {
        List<String> old = tokens(before);
        List<String> now = tokens(after);
        if (old.size() > MAX_WORDS || now.size() > MAX_WORDS) {
            return List.of(new Word(before, Type.REMOVED), new Word(after, Type.ADDED));
        }
        Patch<String> patch = DiffUtils.diff(old, now);
        List<Word> words = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            append(words, old.subList(position, start), null);
            append(words, delta.getSource().getLines(), Type.REMOVED);
            append(words, delta.getTarget().getLines(), Type.ADDED);
            position = start + delta.getSource().size();
        }
        append(words, old.subList(position, old.size()), null);
        return words;
    }

    private static void append(List<Word> words, List<String> tokens, Type type) {
        if (!tokens.isEmpty()) {
            words.add(new Word(String.join(" ", tokens), type));
        }
    }

    private static List<String> tokens(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? List.of() : Arrays.asList(trimmed.split("\\s+"));
    }

    /** The guide's blocks: blank lines end a paragraph; each list item, heading and table row is a block; a fenced code block is one. */
    static List<Part> parts(String markdown) {
        List<Part> parts = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        String kind = null;
        String fence = null;
        for (String line : (Iterable<String>) markdown.lines()::iterator) {
            if (fence != null) {
                paragraph.append(line).append('\n');
                if (line.strip().startsWith(fence)) {
                    parts.add(new Part("code", List.of(paragraph.toString().strip())));
                    paragraph.setLength(0);
                    fence = null;
                }
                continue;
            }
            String stripped = line.strip();
            if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                kind = flush(parts, paragraph, kind);
                fence = stripped.substring(0, 3);
                paragraph.append(line).append('\n');
            } else if (stripped.isEmpty()) {
                kind = flush(parts, paragraph, kind);
            } else if (stripped.charAt(0) == '#' && HEADING.matcher(stripped).find()) {
                kind = flush(parts, paragraph, kind);
                parts.add(new Part("heading", List.of(inline(HEADING.matcher(stripped).replaceFirst("")))));
            } else if (stripped.startsWith("|")) {
                kind = flush(parts, paragraph, kind);
                if (!TABLE_SEPARATOR.matcher(stripped).matches()) {
                    parts.add(new Part("row", cells(stripped)));
                }
            } else if (mayStartItem(stripped.charAt(0)) && LIST_ITEM.matcher(line).find()) {
                kind = flush(parts, paragraph, kind);
                paragraph.append(LIST_ITEM.matcher(line).replaceFirst(""));
                kind = "item";
            } else {
                paragraph.append(paragraph.length() == 0 ? "" : " ").append(stripped);
                kind = kind == null ? "paragraph" : kind;
            }
        }
        if (fence != null) {
            parts.add(new Part("code", List.of(paragraph.toString().strip())));
        } else {
            flush(parts, paragraph, kind);
        }
        return parts;
    }

    private static String flush(List<Part> parts, StringBuilder text, String kind) {
        if (text.length() > 0) {
            parts.add(new Part(kind == null ? "paragraph" : kind, List.of(inline(text.toString()))));
            text.setLength(0);
        }
        return null;
    }

    private static List<String> cells(String row) {
        String inner = row.strip();
        inner = inner.substring(1, inner.endsWith("|") && inner.length() > 1 ? inner.length() - 1 : inner.length());
        return Arrays.stream(inner.split("(?<!\\\\)\\|", -1)).map(String::strip).map(GuideDiff::inline).toList();
    }

    /** Whether a line starting with {@code c} may be a list item: the patterns run only where they can match. */
    private static boolean mayStartItem(char c) {
        return c == '-' || c == '*' || c == '+' || c >= '0' && c <= '9';
    }

    /** Inline Markdown as the text a reader sees: links as their text, no emphasis or code marks. */
    private static String inline(String text) {
        String read = text.contains("](") ? LINK.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1))) : text;
        boolean marked = read.indexOf('*') >= 0 || read.indexOf('_') >= 0 || read.indexOf('`') >= 0 || read.indexOf('~') >= 0;
        return (marked ? MARKS.matcher(read).replaceAll("") : read).strip();
    }
}
