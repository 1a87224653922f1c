package dev.playbook.render;

import dev.playbook.model.Problem;

import java.util.List;
import java.util.Map;

/**
 * Everything the site consists of, in memory: pages, theme assets, and problems met while rendering.
 * {@code readingOrder} lists the content pages as a reader meets them (home, each playbook's landing page and its
 * pages in navigation order), for a printed copy of the whole playbook.
 */
public record RenderResult(List<RenderedPage> pages, Map<String, byte[]> assets, List<Problem> problems,
                           List<String> readingOrder) {

    public RenderResult {
        pages = List.copyOf(pages);
        assets = Map.copyOf(assets);
        problems = List.copyOf(problems);
        readingOrder = List.copyOf(readingOrder);
    }
}
