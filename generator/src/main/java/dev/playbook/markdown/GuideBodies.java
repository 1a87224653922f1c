package dev.playbook.markdown;

import dev.playbook.model.GuideHtml;
import dev.playbook.model.GuidePage;
import dev.playbook.model.Playbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every guide's body, converted in parallel: as the build reads it ({@link ConvertedMarkdown}: ids, links, refusal) and
 * as pages show it ({@link GuideHtml}). A remembering one, kept from run to run in the live preview, hands back the very
 * same objects for a guide the loader kept (the same {@link GuidePage}) with the same theme ids, without converting or
 * looking it up again; the renderer then knows the body unchanged by identity. Not thread-safe across runs.
 */
public final class GuideBodies {

    /** Each guide's body by the guide's path, both ways. */
    public record Converted(Map<String, ConvertedMarkdown> markdown, Map<String, GuideHtml> html) {
    }

    private record Body(GuidePage guide, Set<String> themeIds, ConvertedMarkdown markdown, GuideHtml html) {
    }

    private final MarkdownConverter converter;
    private final boolean remembering;
    private Map<String, Body> last = Map.of();

    private GuideBodies(MarkdownConverter converter, boolean remembering) {
        this.converter = converter;
        this.remembering = remembering;
    }

    /** For one build. */
    public static GuideBodies of(MarkdownConverter converter) {
        return new GuideBodies(converter, false);
    }

    /** For a warm process (the live preview). */
    public static GuideBodies remembering(MarkdownConverter converter) {
        return new GuideBodies(converter, true);
    }

    /** {@code themeIds}: the ids the theme's templates write, which a body's headings must leave to them. */
    public Converted convert(Playbook playbook, Set<String> themeIds) {
        Map<String, Body> now = new HashMap<>();
        List<GuidePage> changed = new ArrayList<>();
        for (GuidePage guide : playbook.guides()) {
            Body body = remembering ? last.get(guide.path()) : null;
            if (body != null && body.guide() == guide && body.themeIds().equals(themeIds)) {
                now.put(guide.path(), body);
            } else {
                changed.add(guide);
            }
        }
        Map<String, Body> converted = new ConcurrentHashMap<>();
        changed.parallelStream().forEach(guide -> {
            ConvertedMarkdown markdown = converter.convert(guide.markdown(), themeIds);
            converted.put(guide.path(), new Body(guide, themeIds, markdown, markdown.guideHtml()));
        });
        now.putAll(converted);
        if (remembering) {
            last = now;
        }
        Map<String, ConvertedMarkdown> markdown = new HashMap<>();
        Map<String, GuideHtml> html = new HashMap<>();
        now.forEach((path, body) -> {
            markdown.put(path, body.markdown());
            html.put(path, body.html());
        });
        return new Converted(markdown, html);
    }
}
