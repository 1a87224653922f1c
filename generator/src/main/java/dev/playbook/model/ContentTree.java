package dev.playbook.model;


import java.util.List;

/** What the content directory holds: page sources and assets, both sorted by path. */
public record ContentTree(List<SourceFile> sources, List<Asset> assets, List<Problem> problems) {

    public ContentTree {
        sources = List.copyOf(sources);
        assets = List.copyOf(assets);
        problems = List.copyOf(problems);
    }

    /** Each source's text by its path: what inline suppressions are read from. */
    public java.util.Map<String, String> texts() {
        java.util.Map<String, String> texts = new java.util.HashMap<>();
        sources.forEach(source -> texts.put(source.path(), source.text()));
        return texts;
    }
}
