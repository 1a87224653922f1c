package dev.playbook.render;

import freemarker.core.Environment;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a template writes a page, up to {@link #MAX_CHARS}. A theme's {@code #list} over a huge range
 * (or a loop that never ends) would otherwise fill the memory and stop the whole build with an
 * OutOfMemoryError; past the limit it fails as {@link TooLarge}, naming the template line that was writing.
 */
final class PageWriter extends Writer {

    /** 16 Mi characters: the largest generated page of a big playbook is a few hundred KB. */
    static final int MAX_CHARS = 16 * 1024 * 1024;

    /** Freemarker's instruction stack names each place as {@code [in template "x.ftlh" at line 3, column 5]}. */
    private static final Pattern PLACE = Pattern.compile("\\[in template \"([^\"]+)\" at line (\\d+), column (\\d+)]");

    private final StringBuilder page = new StringBuilder(16 * 1024);

    /** The template wrote more than the limit; {@code place} is where, as {@code {template, line, column}} when known. */
    static final class TooLarge extends RuntimeException {
        final Optional<String[]> place;

        TooLarge(Optional<String[]> place) {
            super("the page is larger than " + MAX_CHARS + " characters", null, false, false);
            this.place = place;
        }
    }

    @Override
    public void write(char[] buffer, int offset, int length) {
        if (page.length() + (long) length > MAX_CHARS) {
            throw new TooLarge(currentPlace());
        }
        page.append(buffer, offset, length);
    }

    @Override
    public void write(String text, int offset, int length) {
        if (page.length() + (long) length > MAX_CHARS) {
            throw new TooLarge(currentPlace());
        }
        page.append(text, offset, offset + length);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return page.toString();
    }

    /** The innermost template instruction running now, from Freemarker's own description of its stack. */
    private static Optional<String[]> currentPlace() {
        Environment environment = Environment.getCurrentEnvironment();
        if (environment == null) {
            return Optional.empty();
        }
        StringWriter stack = new StringWriter();
        environment.outputInstructionStack(new PrintWriter(stack));
        Matcher place = PLACE.matcher(stack.toString());
        return place.find() ? Optional.of(new String[] {place.group(1), place.group(2), place.group(3)}) : Optional.empty();
    }
}
