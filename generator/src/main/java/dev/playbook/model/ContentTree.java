package dev.playbook.model;


import java.util.List;

/** What the content directory holds: page sources and assets, both sorted by path. */
public record ContentTree(List<SourceFile> sources, List<Asset> assets, List<Problem> problems) {

    public ContentTree {
        sources = List.copyOf(sources);
        assets = List.copyOf(assets);
        problems = List.copyOf(problems);
    }
}
