package dev.playbook.load;

import dev.playbook.model.Position;
import dev.playbook.model.Problem;
import dev.playbook.model.RuleId;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says a YAML syntax error the way a writer thinks about the file ("this line is indented more than the
 * key above it", "a list item where a key was expected"), at the place the slip is, with a hint that
 * shows the fix. SnakeYAML reports what its parser expected, often a line after the slip (a key without a
 * colon is noticed on the next line, an unclosed quote at the end of the file); the problem points where
 * the writer has to look instead. Errors it does not recognise keep SnakeYAML's words, and a general hint.
 */
final class YamlSyntax {

    /** A key as playbook files write them: {@code owner}, {@code last_reviewed}, {@code exit criteria}. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_ -]*");
    /** {@code title:Roles}: a key and its value with no space between. */
    private static final Pattern NO_SPACE_AFTER_COLON = Pattern.compile("([A-Za-z0-9_-]+):(\\S.*)");
    /** {@code found character '@' that cannot start any token}. */
    private static final Pattern BAD_START = Pattern.compile("found character '(.+?)' that cannot start any token");
    /** {@code expected <block end>, but found ']'}: a sign of YAML's flow style where a block line starts. */
    private static final Pattern STRAY_SIGN = Pattern.compile("expected <block end>, but found '([\\[\\]{},:])'");
    private static final int MAX_QUOTED = 60;

    private final String file;
    private final String[] lines;
    private final int lineOffset;

    private YamlSyntax(String file, String text, int lineOffset) {
        this.file = file;
        this.lines = text.split("\r?\n", -1);
        this.lineOffset = lineOffset;
    }

    /**
     * The problem for a syntax error SnakeYAML raised while reading {@code text}.
     *
     * @param lineOffset lines before {@code text} in the file (front matter starts after its fence)
     */
    static Problem describe(MarkedYamlEngineException e, String file, String text, int lineOffset) {
        return new YamlSyntax(file, text, lineOffset).describe(e);
    }

    /** A place in {@code text}: 0-based line and column, as SnakeYAML's marks count. */
    private record At(int line, int column) {
        static Optional<At> of(Optional<Mark> mark) {
            return mark.map(m -> new At(m.getLine(), m.getColumn()));
        }
    }

    private Problem describe(MarkedYamlEngineException e) {
        String problem = String.valueOf(e.getProblem());
        String context = String.valueOf(e.getContext());
        Optional<At> problemAt = At.of(e.getProblemMark());
        Optional<At> contextAt = At.of(e.getContextMark());
        Optional<Problem> said = Optional.empty();
        if (problemAt.isPresent()) {
            At at = problemAt.get();
            if (problem.contains("(TAB)")) {
                said = Optional.of(tab(at));
            } else if (problem.startsWith("mapping values are not allowed")) {
                said = Optional.of(colonInValue(at));
            } else if (problem.equals("could not find expected ':'") && contextAt.isPresent()) {
                said = Optional.of(missingColon(contextAt.get()));
            } else if (context.startsWith("while scanning a quoted scalar") && contextAt.isPresent()) {
                said = Optional.of(unclosedQuote(contextAt.get()));
            } else if (problem.startsWith("expected <block end>, but found '-'")) {
                said = Optional.of(listItemInMapping(at));
            } else if (problem.startsWith("expected <block end>, but found '?'") && contextAt.isPresent()) {
                said = Optional.of(keyInList(at, contextAt.get()));
            } else if (problem.startsWith("expected <block end>, but found '<block mapping start>'")
                    || problem.startsWith("expected <block end>, but found '<block sequence start>'")) {
                said = Optional.of(indentedLess(at));
            } else if (problem.startsWith("expected <block end>, but found '<scalar>'")) {
                said = textAfterValue(at);
            } else if (STRAY_SIGN.matcher(problem).matches()) {
                said = Optional.of(straySign(at));
            } else if (problem.startsWith("sequence entries are not allowed here")) {
                said = Optional.of(listOnItsKeysLine(at));
            } else if (context.startsWith("while parsing a flow sequence") && contextAt.isPresent()) {
                said = Optional.of(unclosed(contextAt.get(), "list", '[', ']', "such as [ae, bdr]"));
            } else if (context.startsWith("while parsing a flow mapping") && contextAt.isPresent()) {
                said = Optional.of(unclosed(contextAt.get(), "mapping", '{', '}', "such as {name: Discovery}"));
            } else if (problem.startsWith("found undefined alias")) {
                said = Optional.of(badStart(at, "*"));
            } else if ((context.startsWith("while scanning an anchor") || context.startsWith("while scanning an alias"))
                    && contextAt.isPresent()) {
                said = Optional.of(badStart(contextAt.get(), String.valueOf(charAt(contextAt.get()))));
            } else if (problem.startsWith("expected the node content, but found '") || problem.startsWith("mapping keys are not allowed here")) {
                said = Optional.of(badStart(at, String.valueOf(charAt(at))));
            } else if ((context.startsWith("while scanning a block scalar") || context.startsWith("while scanning a directive")
                    || context.startsWith("while scanning a tag")) && contextAt.isPresent()) {
                said = Optional.of(badStart(contextAt.get(), String.valueOf(charAt(contextAt.get()))));
            } else if (BAD_START.matcher(problem).find()) {
                Matcher found = BAD_START.matcher(problem);
                found.find();
                said = Optional.of(badStart(at, found.group(1)));
            } else if (problem.startsWith("expected '<document start>', but found '<block mapping start>'")) {
                said = Optional.of(Problem.error(RuleId.YAML_SYNTAX, position(at), "this line is indented less than the first line",
                        "start the top-level keys at the beginning of their lines, with no spaces before them"));
            } else if (problem.contains("but found another document")) {
                said = Optional.of(Problem.error(RuleId.YAML_SYNTAX, position(at), "a second document starts here",
                        "a content file holds one document: remove this \"---\" line"));
            }
        }
        return said.orElseGet(() -> Problem.error(RuleId.YAML_SYNTAX,
                problemAt.or(() -> contextAt).map(this::position).orElse(new Position(file, lineOffset + 1, 1)),
                engineWords(e),
                "check this line against the lines above: indent with spaces, write \"key: value\", and put a value in quotes when it contains \": \" or starts with a sign such as [ { * & @"));
    }

    /** A tab: in the indentation YAML cannot count it, elsewhere it cannot separate. */
    private Problem tab(At at) {
        if (before(at).isBlank()) {
            return Problem.error(RuleId.YAML_SYNTAX, position(at), "this line is indented with a tab",
                    "indent with spaces only: YAML does not count tabs");
        }
        return Problem.error(RuleId.YAML_SYNTAX, position(at), "a tab where YAML expects a space",
                "replace the tab with a space");
    }

    /**
     * {@code ": "} where a value was being read: either a key indented under a key that already has a value
     * ({@code title: Roles} then {@code "  owner: ae"}), or a colon inside a value ({@code summary: a: b}).
     */
    private Problem colonInValue(At colon) {
        String text = line(colon.line());
        String before = text.substring(0, Math.min(colon.column(), text.length()));
        int indent = indentation(text);
        Optional<Integer> above = previousContentLine(colon.line());
        if (KEY.matcher(before.strip()).matches() && above.isPresent() && indentation(line(above.get())) == indent
                && !line(above.get()).contains(":") && !stripItem(line(above.get())).isEmpty()) {
            // "kind roles" then "title: Roles": SnakeYAML reads the two lines as one key, and trips on this colon
            return missingColon(new At(above.get(), indent));
        }
        if (KEY.matcher(before.strip()).matches() && above.isPresent() && indentation(line(above.get())) < indent) {
            String key = before.strip();
            Optional<String> keyAbove = keyOf(line(above.get()));
            return Problem.error(RuleId.YAML_SYNTAX, position(new At(colon.line(), indent)),
                    "this line is indented more than the key above it",
                    keyAbove.map(k -> "start \"" + key + ":\" where \"" + k + ":\" starts on line " + number(above.get()))
                            .orElse("indent \"" + key + ":\" like the keys it belongs with"));
        }
        int keyEnd = before.indexOf(": ");
        if (keyEnd > 0 && KEY.matcher(stripItem(before.substring(0, keyEnd))).matches()) {
            String key = stripItem(before.substring(0, keyEnd));
            String value = text.substring(keyEnd + 2).strip();
            return Problem.error(RuleId.YAML_SYNTAX, position(colon),
                    "the value of \"" + key + "\" contains \": \", which YAML reads as the start of another key",
                    "put the value in quotes: " + key + ": " + quoted(value));
        }
        return Problem.error(RuleId.YAML_SYNTAX, position(colon),
                "this value contains \": \", which YAML reads as the start of another key",
                "put the whole value in quotes");
    }

    /** A line that is neither {@code key: value} nor a list item: the colon is missing, or its space. */
    private Problem missingColon(At key) {
        String content = from(key);
        if (content.startsWith("[")) {
            return unclosed(key, "list", '[', ']', "such as [ae, bdr]");
        }
        if (content.startsWith("{")) {
            return unclosed(key, "mapping", '{', '}', "such as {name: Discovery}");
        }
        Optional<Integer> previous = previousContentLine(key.line());
        if (previous.isPresent() && stripItem(line(previous.get())).length() < line(previous.get()).strip().length()
                && indentation(line(previous.get())) == key.column()) {
            return Problem.error(RuleId.YAML_SYNTAX, position(key), "a list item without its \"- \"",
                    "start it with \"- \" like the item above it: \"- " + abbreviate(content) + "\"");
        }
        Matcher noSpace = NO_SPACE_AFTER_COLON.matcher(content);
        if (noSpace.matches()) {
            String fixed = noSpace.group(1) + ": " + noSpace.group(2);
            return Problem.error(RuleId.YAML_SYNTAX, position(new At(key.line(), key.column() + noSpace.group(1).length())),
                    "a space is missing after the colon in \"" + abbreviate(content) + "\"",
                    "write \"" + abbreviate(fixed) + "\"");
        }
        int space = content.indexOf(' ');
        if (!KEY.matcher(space > 0 ? content.substring(0, space) : content).matches()) {
            return Problem.error(RuleId.YAML_SYNTAX, position(key), "this line has no colon: YAML expects \"key: value\"",
                    "write a key, a colon and a space, then the value; put a value that starts with a sign in quotes");
        }
        String hint = space > 0
                ? "write \"" + abbreviate(content.substring(0, space) + ": " + content.substring(space + 1).strip()) + "\""
                : "write the key with a colon after it: \"" + abbreviate(content) + ":\"";
        Optional<Integer> above = previousContentLine(key.line());
        if (above.isPresent() && hasValue(line(above.get()))) {
            hint += "; or, to continue the value on line " + number(above.get()) + ", indent this line further than \""
                    + keyOf(line(above.get())).get() + ":\"";
        }
        return Problem.error(RuleId.YAML_SYNTAX, position(key),
                "this line has no colon: YAML expects \"key: value\"", hint);
    }

    /** A quote that is never closed: SnakeYAML reads to the end of the file looking for its end. */
    private Problem unclosedQuote(At quote) {
        char mark = charAt(quote);
        String sign = mark == '\'' ? "'" : "\"";
        return Problem.error(RuleId.YAML_SYNTAX, position(quote),
                "the quote (" + sign + ") that starts this value is never closed",
                "end the value with " + sign + " on the same line, or remove the " + sign + " at its start");
    }

    /** {@code - item} inside a mapping: a list with no key, or a list under a key that already has a value. */
    private Problem listItemInMapping(At dash) {
        return Problem.error(RuleId.YAML_SYNTAX, position(dash), "a list item where a key was expected",
                "put the list under a key that ends with \":\" on the line above it, or remove the \"- \" to make this line a key");
    }

    /** {@code key: value} among the items of a list, at the list's own indentation. */
    private Problem keyInList(At key, At list) {
        String name = keyOf(line(key.line())).orElse("");
        Optional<Integer> item = Optional.empty();
        for (int i = key.line() - 1; i >= list.line(); i--) {
            String text = line(i);
            if (text.length() > list.column() && text.charAt(list.column()) == '-' && indentation(text) == list.column()) {
                item = Optional.of(i);
                break;
            }
        }
        Optional<String> itemKey = item.flatMap(i -> keyOf(line(i)));
        String addItem = "start the line with \"- \" to make it a new item";
        Optional<Integer> parent = previousContentLine(list.line()).filter(i -> keyOf(line(i)).isPresent());
        String hint;
        if (itemKey.isPresent()) {
            hint = "to add it to the item above, start \"" + name + ":\" where \"" + itemKey.get() + ":\" starts on line "
                    + number(item.get()) + "; or " + addItem;
        } else if (parent.isPresent()) {
            hint = "to end the list, start \"" + name + ":\" where \"" + keyOf(line(parent.get())).get() + ":\" starts on line "
                    + number(parent.get()) + "; or " + addItem;
        } else {
            hint = "to end the list, indent \"" + name + ":\" like the key the list belongs to; or " + addItem;
        }
        return Problem.error(RuleId.YAML_SYNTAX, position(key), "a key where a list item was expected", hint);
    }

    /** A line that starts between two levels of indentation: less than the key above it, more than its parent. */
    private Problem indentedLess(At start) {
        Optional<Integer> above = previousContentLine(start.line());
        Optional<String> key = keyOf(line(start.line()));
        Optional<String> keyAbove = above.flatMap(i -> keyOf(line(i)));
        String hint = key.isPresent() && keyAbove.isPresent()
                ? "start \"" + key.get() + ":\" where \"" + keyAbove.get() + ":\" starts on line " + number(above.get())
                        + ", or where the key it belongs to starts"
                : "indent it exactly as far as the keys it belongs with";
        return Problem.error(RuleId.YAML_SYNTAX, position(start), "this line is indented less than the key above it", hint);
    }

    /** More text on the line after a complete value: {@code "Roles" and more}, {@code [Draft] Roles}. */
    private Optional<Problem> textAfterValue(At text) {
        String line = line(text.line());
        String before = line.substring(0, Math.min(text.column(), line.length())).stripTrailing();
        if (before.isEmpty()) {
            return Optional.of(continuationIndentedLess(text));
        }
        char last = before.charAt(before.length() - 1);
        if ((last == '"' || last == '\'') && count(before, last) % 2 == 1) {
            // the quote before the text closes one opened on an earlier line
            for (int i = text.line() - 1; i >= 0; i--) {
                if (count(line(i), last) % 2 == 1) {
                    return Optional.of(unclosedQuote(new At(i, line(i).lastIndexOf(last))));
                }
            }
        }
        int keyEnd = before.indexOf(": ");
        String value;
        if (keyEnd >= 0) {
            value = line.substring(keyEnd + 2).strip();
        } else if (before.strip().startsWith("- ")) {
            value = stripItem(line);
        } else {
            return Optional.empty();
        }
        int valueStart = line.indexOf(value);
        if (value.startsWith("*") || value.startsWith("&")) {
            // "*Not offered yet*": an alias (or anchor) named "Not", then text
            return Optional.of(badStart(new At(text.line(), valueStart), value.substring(0, 1)));
        }
        if (last == '"' || last == '\'') {
            return Optional.of(Problem.error(RuleId.YAML_SYNTAX, position(text), "text after the closing quote",
                    "put the whole value in quotes: " + quoted(value)));
        }
        if (last == ']' || last == '}') {
            String open = value.isEmpty() ? String.valueOf(last == ']' ? '[' : '{') : value.substring(0, 1);
            return Optional.of(Problem.error(RuleId.YAML_SYNTAX, position(text),
                    "a value that starts with \"" + open + "\" is read as a " + (last == ']' ? "list" : "mapping")
                            + ", and text follows it",
                    "put the whole value in quotes: " + quoted(value)));
        }
        return Optional.empty();
    }

    /** {@code ]}, {@code ,} or another sign of YAML's brackets style where a line or a value goes on. */
    private Problem straySign(At at) {
        char sign = charAt(at);
        return Problem.error(RuleId.YAML_SYNTAX, position(at),
                (before(at).isBlank() ? "a line cannot start with \"" : "an unexpected \"") + sign + "\" here",
                "remove the \"" + sign + "\"; if it belongs to the text, put the whole value in quotes");
    }

    /** {@code audience: - ae}. */
    private Problem listOnItsKeysLine(At dash) {
        String key = keyOf(line(dash.line())).orElse("its key");
        return Problem.error(RuleId.YAML_SYNTAX, position(dash), "a list cannot start on the same line as its key",
                "put \"" + abbreviate(from(dash)) + "\" on the next line, indented under \"" + key + ":\"");
    }

    /** Text that starts a line less indented than the key whose value it continues, or should be. */
    private Problem continuationIndentedLess(At start) {
        Optional<Integer> above = previousContentLine(start.line());
        Optional<String> keyAbove = above.flatMap(i -> keyOf(line(i)));
        String hint;
        if (keyAbove.isPresent() && hasValue(line(above.get()))) {
            hint = "to continue the value of \"" + keyAbove.get() + "\" on line " + number(above.get())
                    + ", indent this line further than \"" + keyAbove.get() + ":\"";
        } else if (keyAbove.isPresent()) {
            hint = "to make it the value of \"" + keyAbove.get() + ":\" on line " + number(above.get())
                    + ", indent this line further than that key";
        } else {
            hint = "indent it exactly as far as the lines it belongs with";
        }
        return Problem.error(RuleId.YAML_SYNTAX, position(start), "this line is indented less than the key above it", hint);
    }

    /** A {@code [} or {@code {} never closed. */
    private Problem unclosed(At open, String what, char opening, char closing, String example) {
        return Problem.error(RuleId.YAML_SYNTAX, position(open),
                "the " + what + " that starts with \"" + opening + "\" here is never closed",
                "close it with \"" + closing + "\" on the same line, " + example + "; if the value is text, put it in quotes");
    }

    /** A value starting with a sign YAML reserves: {@code @}, a backtick, {@code %}, {@code *}, {@code &}. */
    private Problem badStart(At at, String sign) {
        String value = from(at);
        return Problem.error(RuleId.YAML_SYNTAX, position(at), "a value cannot start with \"" + sign + "\"",
                value.isEmpty() ? "put the value in quotes" : "put the value in quotes: " + quoted(value));
    }

    private Position position(At at) {
        return new Position(file, at.line() + 1 + lineOffset, at.column() + 1);
    }

    /** The 1-based number of a line of the file, for hints. */
    private int number(int line) {
        return line + 1 + lineOffset;
    }

    private String line(int index) {
        return index >= 0 && index < lines.length ? lines[index] : "";
    }

    /** The text of the line before {@code at}. */
    private String before(At at) {
        String text = line(at.line());
        return text.substring(0, Math.min(at.column(), text.length()));
    }

    /** The text of the line from {@code at} on, without surrounding spaces. */
    private String from(At at) {
        String text = line(at.line());
        return text.substring(Math.min(at.column(), text.length())).strip();
    }

    private char charAt(At at) {
        String text = line(at.line());
        return at.column() < text.length() ? text.charAt(at.column()) : ' ';
    }

    /** The nearest line above {@code index} that holds something besides a comment. */
    private Optional<Integer> previousContentLine(int index) {
        for (int i = index - 1; i >= 0; i--) {
            String text = line(i).strip();
            if (!text.isEmpty() && !text.startsWith("#")) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(ch -> ch == c).count();
    }

    /** Whether a line is {@code key: value} with a value on it. */
    private static boolean hasValue(String line) {
        int colon = stripItem(line).indexOf(": ");
        return keyOf(line).isPresent() && colon > 0 && !stripItem(line).substring(colon + 2).isBlank();
    }

    private static int indentation(String line) {
        int spaces = 0;
        while (spaces < line.length() && line.charAt(spaces) == ' ') {
            spaces++;
        }
        return spaces;
    }

    /** The key a line starts with, after any {@code "- "}: {@code id} of {@code "  - id: ae"}. */
    private static Optional<String> keyOf(String line) {
        String content = stripItem(line);
        int colon = content.indexOf(':');
        if (colon <= 0 || (colon + 1 < content.length() && content.charAt(colon + 1) != ' ')) {
            return Optional.empty();
        }
        String key = content.substring(0, colon);
        return KEY.matcher(key).matches() ? Optional.of(key) : Optional.empty();
    }

    private static String stripItem(String text) {
        String content = text.strip();
        while (content.startsWith("- ")) {
            content = content.substring(2).strip();
        }
        return content;
    }

    /** A value in the quotes that keep it as written: double, or single when it holds a double quote. */
    private static String quoted(String value) {
        String shown = abbreviate(value);
        return value.contains("\"") ? "'" + shown.replace("'", "''") + "'" : "\"" + shown.replace("\\", "\\\\") + "\"";
    }

    private static String abbreviate(String text) {
        return text.length() <= MAX_QUOTED ? text : text.substring(0, MAX_QUOTED - 3) + "...";
    }

    /** SnakeYAML's own words, for errors not recognised above. */
    private static String engineWords(MarkedYamlEngineException e) {
        String problem = e.getProblem();
        String context = e.getContext();
        if (problem == null || problem.isBlank()) {
            String message = String.valueOf(e.getMessage());
            int newline = message.indexOf('\n');
            return newline < 0 ? message : message.substring(0, newline);
        }
        return context == null || context.isBlank() ? problem : context + ": " + problem;
    }
}
