package dev.playbook.markdown;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's inline parser, with its two match methods made linear. flexmark takes each match's
 * position through {@link Matcher#toMatchResult()}, which on Java 17 copies the whole paragraph
 * into a new string: a paragraph of n characters with n/6 entities or links costs n² copies. A 2 MB
 * paragraph of {@code &#x41;} did not finish in ten minutes. The positions are read from the matcher
 * itself, which copies nothing. And a pattern anchored at the index ({@code ^...}) is tried there only
 * ({@link Matcher#lookingAt()}): {@code find()} tries every later position before it gives up, so each
 * failed match cost the rest of the paragraph too. One difference on purpose: a destination between angle brackets
 * may hold spaces ({@link #ANGLED_DESTINATION}). Everything else is flexmark's.
 */
final class LinearInlineParser extends InlineParserImpl {

    LinearInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                       Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
                       List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, inlineParserExtensions);
    }

    /**
     * A link destination between angle brackets as CommonMark reads it since 0.28: any characters but a line end and an
     * unescaped {@code <} or {@code >}, spaces included, so {@code [guide](<Réunion de découverte.md>)} links to a file
     * whose name has spaces, as it does on GitHub. flexmark reads it as CommonMark 0.27 did, without spaces, unless
     * {@code SPACE_IN_LINK_URLS}, which also lets spaces into bare destinations ({@code [x](a b.md)}), where CommonMark
     * and GitHub have none. Possessive, so each character is read once.
     */
    static final Pattern ANGLED_DESTINATION = Pattern.compile("^<(?:[^<>\\n\\r\\\\\\x00]|\\\\\\p{Punct}|\\\\)*+>");

    @Override
    public BasedSequence match(Pattern re) {
        Matcher matcher = find(re == myParsing.LINK_DESTINATION_ANGLES ? ANGLED_DESTINATION : re);
        return matcher == null ? null : input.subSequence(matcher.start(), matcher.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        Matcher matcher = find(re);
        if (matcher == null) {
            return null;
        }
        BasedSequence[] groups = new BasedSequence[matcher.groupCount() + 1];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = matcher.start(i) < 0 ? null : input.subSequence(matcher.start(i), matcher.end(i));
        }
        return groups;
    }

    /** The escapable characters and the unit limit of flexmark's link label pattern ({@code Parsing.LINK_LABEL}). */
    private static final String PUNCTUATION = "!\"#$%&'()*+,./:;<=>?@[]\\^_`{|}~-";
    private static final int MAX_LABEL_UNITS = 999;

    /**
     * The link label at the index, as flexmark's pattern matches it, found without its backtracking. A backslash
     * may be read alone or as the start of an escape, so a label of n backslashes that does not close has 2^n
     * readings: {@code [} and a hundred backslashes hung the build (found by fuzzing). This tries the readings
     * in the pattern's order (another unit before the closing bracket; a plain character, an escape, a lone
     * backslash) and remembers the places that failed, so each is tried once: the same match, in linear time.
     */
    @Override
    public int parseLinkLabel() {
        if (index >= input.length() || input.charAt(index) != '[') {
            return 0;
        }
        int end = labelEnd(index + 1, 0, new java.util.HashSet<>());
        if (end < 0) {
            return 0;
        }
        int length = end - index;
        index = end;
        return length;
    }

    /** The end (after its {@code ]}) of a label whose units so far end at {@code at}, or -1; {@code failed} holds places tried. */
    private int labelEnd(int at, int units, java.util.Set<Long> failed) {
        long state = ((long) at << 10) | units;
        if (failed.contains(state)) {
            return -1;
        }
        if (units < MAX_LABEL_UNITS && at < input.length()) {
            char c = input.charAt(at);
            int end = -1;
            if (c != '\\' && c != '[' && c != ']') {
                end = labelEnd(at + 1, units + 1, failed);
            } else if (c == '\\') {
                if (at + 1 < input.length() && PUNCTUATION.indexOf(input.charAt(at + 1)) >= 0) {
                    end = labelEnd(at + 2, units + 1, failed);
                }
                if (end < 0) {
                    end = labelEnd(at + 1, units + 1, failed);
                }
            }
            if (end >= 0) {
                return end;
            }
        }
        if (at < input.length() && input.charAt(at) == ']') {
            return at + 1;
        }
        failed.add(state);
        return -1;
    }

    /** Per pattern, whether it can only match at the index: one parser is made per document, so this stays small. */
    private final Map<Pattern, Boolean> anchored = new java.util.HashMap<>();

    /** The match at or after the current index, which it moves past the match; null (as flexmark expects) when none. */
    private Matcher find(Pattern re) {
        if (index >= input.length()) {
            return null;
        }
        Matcher matcher = re.matcher(input);
        matcher.region(index, input.length());
        boolean found = anchored.computeIfAbsent(re, LinearInlineParser::isAnchored) ? matcher.lookingAt() : matcher.find();
        if (!found) {
            return null;
        }
        index = matcher.end();
        return matcher;
    }

    /**
     * True when {@code re} starts with {@code ^}, is not multi-line and has no {@code |} outside a group: it can
     * match only at the start of the region, so {@code lookingAt()} finds exactly what {@code find()} would.
     */
    static boolean isAnchored(Pattern re) {
        String regex = re.pattern();
        if (!regex.startsWith("^") || (re.flags() & Pattern.MULTILINE) != 0) {
            return false;
        }
        int depth = 0;
        boolean inClass = false;
        for (int i = 1; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
                if (i + 1 < regex.length() && regex.charAt(i + 1) == ']') {
                    i++; // a ']' first in a class is a character, not its end
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return false;
            }
        }
        return true;
    }
}
