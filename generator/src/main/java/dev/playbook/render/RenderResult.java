package dev.playbook.render;

import dev.playbook.model.Problem;

import java.util.List;
import java.util.Map;

/** Everything the site consists of, in memory: pages, theme assets, and problems met while rendering. */
public record RenderResult(List<RenderedPage> pages, Map<String, byte[]> assets, List<Problem> problems) {

    public RenderResult {
        pages = List.copyOf(pages);
        assets = Map.copyOf(assets);
        problems = List.copyOf(problems);
    }
}
