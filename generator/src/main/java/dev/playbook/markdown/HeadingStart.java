package dev.playbook.markdown;

import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * flexmark's heading parser, asked only about lines that can be headings. Before it looks at a line it
 * collects the whole paragraph above it (for a setext heading, {@code Title} over {@code ===}), so each
 * line of a paragraph cost the paragraph so far: 40,000 reference definitions in one paragraph took 15 s.
 * A heading line starts with {@code #} (ATX) or is a run of {@code =} or {@code -} (setext); any other
 * line is no heading, and is not shown to it.
 */
final class HeadingStart implements CustomBlockParserFactory {

    private static final Pattern MAY_BE_HEADING = Pattern.compile("#.*|=+[ \\t]*|-+[ \\t]*", Pattern.DOTALL);

    private final HeadingParser.Factory flexmark = new HeadingParser.Factory();

    @Override
    public BlockParserFactory apply(DataHolder options) {
        BlockParserFactory headings = flexmark.apply(options);
        return (state, matched) -> {
            BasedSequence line = state.getLine();
            CharSequence rest = line.subSequence(Math.min(state.getNextNonSpaceIndex(), line.length()), line.length()).trimEOL();
            return MAY_BE_HEADING.matcher(rest).matches() ? headings.tryStart(state, matched) : BlockStart.none();
        };
    }

    @Override
    public SpecialLeadInHandler getLeadInHandler(DataHolder options) {
        return flexmark.getLeadInHandler(options);
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
        return flexmark.getAfterDependents();
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
        return flexmark.getBeforeDependents();
    }

    @Override
    public boolean affectsGlobalScope() {
        return flexmark.affectsGlobalScope();
    }
}
