package dev.playbook.render;

import dev.playbook.model.Problem;

import java.util.List;
import java.util.Map;

/**
 * Everything the site consists of, in memory: pages, theme assets (under {@code assets/}), files made from the
 * pages for the site's top folder ({@code sitemap.xml}, {@code robots.txt}) and problems met while rendering.
 * {@code readingOrder} lists the content pages as a reader meets them (home, each playbook's landing page and its
 * pages in navigation order), for a printed copy of the whole playbook.
 */
public record RenderResult(List<RenderedPage> pages, Map<String, byte[]> assets, Map<String, byte[]> files, List<Problem> problems,
                           List<String> readingOrder) {

    public RenderResult {
        pages = List.copyOf(pages);
        assets = Map.copyOf(assets);
        files = Map.copyOf(files);
        problems = List.copyOf(problems);
        readingOrder = List.copyOf(readingOrder);
    }
}
