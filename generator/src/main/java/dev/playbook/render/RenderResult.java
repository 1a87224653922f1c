package dev.playbook.render;

import dev.playbook.model.Problem;

import java.util.List;
import java.util.Map;

/**
 * Everything the site consists of, in memory: pages, theme assets (under {@code assets/}), files made from the
 * pages for the site's top folder ({@code sitemap.xml}, {@code robots.txt}) and problems met while rendering.
 */
public record RenderResult(List<RenderedPage> pages, Map<String, byte[]> assets, Map<String, byte[]> files, List<Problem> problems) {

    public RenderResult {
        pages = List.copyOf(pages);
        assets = Map.copyOf(assets);
        files = Map.copyOf(files);
        problems = List.copyOf(problems);
    }
}
