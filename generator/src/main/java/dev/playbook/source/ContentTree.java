package dev.playbook.source;

import dev.playbook.model.Asset;
import dev.playbook.model.Problem;

import java.util.List;

/** What the content directory holds: page sources and assets, both sorted by path. */
public record ContentTree(List<SourceFile> sources, List<Asset> assets, List<Problem> problems) {

    public ContentTree {
        sources = List.copyOf(sources);
        assets = List.copyOf(assets);
        problems = List.copyOf(problems);
    }
}
