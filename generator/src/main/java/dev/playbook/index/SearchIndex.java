package dev.playbook.index;

import java.util.Map;
import java.util.TreeMap;

/** The index files of a site, by path from the site root ({@code search/index.json}, ...), in path order. */
public record SearchIndex(Map<String, byte[]> files) {

    public SearchIndex {
        files = java.util.Collections.unmodifiableMap(new TreeMap<>(files));
    }
}
