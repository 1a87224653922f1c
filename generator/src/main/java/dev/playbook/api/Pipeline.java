package dev.playbook.api;

import dev.playbook.compute.PullThroughCalculator;
import dev.playbook.index.SearchIndexBuilder;
import dev.playbook.load.ContentLoader;
import dev.playbook.markdown.ConvertedMarkdown;
import dev.playbook.markdown.MarkdownConverter;
import dev.playbook.model.Catalog;
import dev.playbook.model.GuideHtml;
import dev.playbook.model.GuidePage;
import dev.playbook.model.ListNode;
import dev.playbook.model.MapNode;
import dev.playbook.model.Node;
import dev.playbook.model.Playbook;
import dev.playbook.model.Position;
import dev.playbook.model.Problem;
import dev.playbook.model.PullThrough;
import dev.playbook.model.ScalarNode;
import dev.playbook.model.SourceLink;
import dev.playbook.model.StructuredDocument;
import dev.playbook.render.PageSink;
import dev.playbook.render.RenderInput;
import dev.playbook.render.RenderResult;
import dev.playbook.render.RenderedPage;
import dev.playbook.render.SiteRenderer;
import dev.playbook.render.Theme;
import dev.playbook.model.ContentTree;
import dev.playbook.validate.LinkValidator;
import dev.playbook.validate.PagePathValidator;
import dev.playbook.validate.ReferenceValidator;
import dev.playbook.validate.SchemaValidator;
import dev.playbook.validate.Schemas;

import dev.playbook.model.CheckSettings;
import dev.playbook.model.SiteVersion;
import dev.playbook.model.VersionHistory;
import dev.playbook.model.Completeness;
import dev.playbook.rules.CheckResult;
import dev.playbook.rules.CompletenessScorer;
import dev.playbook.rules.ProblemPolicy;
import dev.playbook.rules.RuleCatalog;
import dev.playbook.rules.RuleContext;
import dev.playbook.rules.RuleSet;
import dev.playbook.rules.Suppressions;
import dev.playbook.validate.ReachabilityValidator;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Connects the stages: read → load → validate (schema, references) → convert Markdown → compute →
 * playbook rules and score → render (→ index) → validate links and reachability → apply the playbook's
 * policy (disabled rules, severities, suppressions). It only delegates; each stage owns its work. It
 * writes nothing itself: pages and the index go to the output it is given (a staging area, published
 * or discarded by its caller).
 */
final class Pipeline {

    /** The site in memory, every problem found on the way, and how complete the playbook is. */
    record Outcome(Playbook playbook, RenderResult site, List<Problem> problems, Completeness completeness,
                   List<CheckResult> checks, List<dev.playbook.model.RuleInfo> rules) {

        /**
         * The theme's assets under {@code prefix}assets/ and the content's own files under {@code prefix}
         * (the pages and the search index are written as the pipeline makes them).
         */
        void writeAssets(dev.playbook.publish.Staging staging, String prefix) {
            new java.util.TreeMap<>(site.assets()).forEach((path, bytes) ->
                    staging.write(prefix + dev.playbook.model.OutputPaths.ASSETS + path, bytes));
            playbook.assets().forEach(asset -> staging.write(prefix + asset.path(), asset.bytes()));
        }

        Report report(Optional<Path> written) {
            return new Report(problems, site.pages().size(), written, completeness, checks, rules);
        }
    }

    private final Schemas schemas;
    private final MarkdownConverter markdown = new MarkdownConverter();
    private final RuleSet rules = RuleSet.defaults();
    private final RuleCatalog ruleCatalog = new RuleCatalog(rules);
    private final CompletenessScorer scorer = new CompletenessScorer(ruleCatalog);
    private final String generator;

    Pipeline(Schemas schemas, String generator) {
        this.schemas = schemas;
        this.generator = generator;
    }

    /**
     * Runs every stage; rendered pages go to {@code output}, and the search index is built from them and
     * written there too, when there is an output (a build). A check has none: its pages are rendered for
     * their links, then dropped.
     */
    Outcome run(ContentTree tree, Optional<Path> theme, LocalDate today, Optional<SiteOutput> output) {
        return run(tree, theme, today, output, Optional.empty(), playbook -> Optional.empty());
    }

    /**
     * The same, for one of several versions published side by side; {@code history} tells, once the
     * version's model is loaded, what changed since the previous version.
     */
    Outcome run(ContentTree tree, Optional<Path> theme, LocalDate today, Optional<SiteOutput> output, Optional<SiteVersion> version,
                java.util.function.Function<Playbook, Optional<VersionHistory>> history) {
        ContentLoader.Result loaded = new ContentLoader().load(tree);
        Playbook playbook = loaded.playbook();
        List<Problem> problems = new ArrayList<>(loaded.problems());

        problems.addAll(new SchemaValidator(schemas).validate(playbook));
        Catalog catalog = Catalog.from(playbook);
        problems.addAll(new ReferenceValidator(schemas).validate(playbook, catalog));
        problems.addAll(new PagePathValidator().validate(playbook));

        Map<String, ConvertedMarkdown> converted = convertGuides(playbook);
        Map<String, GuideHtml> guides = new HashMap<>();
        converted.forEach((path, md) -> guides.put(path, new GuideHtml(md.html(),
                md.headings().stream().map(h -> new GuideHtml.TocEntry(h.level(), h.id(), h.text())).toList())));
        Optional<PullThrough> pullThrough = playbook.firstOfKind("pull-through")
                .flatMap(doc -> new PullThroughCalculator().compute(doc.data()));

        CheckSettings settings = playbook.config().checks();
        List<CheckResult> checks = rules.run(new RuleContext(playbook, catalog, settings, today, pullThrough));
        Map<String, String> sources = new HashMap<>();
        tree.sources().forEach(source -> sources.put(source.path(), source.text()));
        ProblemPolicy policy = new ProblemPolicy(settings, ruleCatalog, Suppressions.scan(sources), playbook.config());
        Completeness completeness = scorer.score(playbook, policy.apply(List.of(), checks).checks());

        SiteRenderer renderer = new SiteRenderer(new Theme(theme), (text, inline) ->
                inline ? markdown.convertInline(text).html() : markdown.convert(text).html());
        Set<String> invalid = problems.stream().filter(Problem::isError).map(p -> p.position().file())
                .collect(java.util.stream.Collectors.toSet());
        Optional<SearchIndexBuilder> index = output.filter(o -> playbook.config().searchEnabled()).map(o -> new SearchIndexBuilder());
        PageSink sink = output.<PageSink>map(pages -> index.map(builder -> indexing(pages, builder)).orElse(pages)).orElse(PageSink.discard());
        RenderResult site = renderer.render(new RenderInput(playbook, catalog, guides, pullThrough, generator, invalid,
                today, completeness, ruleCatalog.rules(), version, history.apply(playbook)), sink);
        problems.addAll(site.problems());
        // The index's last step and the writing of its files need only the pages, link validation only the
        // site: they run side by side. Nothing is published before the build's end, errors or not.
        // (there is an index only when there is an output)
        CompletableFuture<Void> search = index.isEmpty() ? CompletableFuture.completedFuture(null)
                : CompletableFuture.runAsync(() -> index.get().build().files().forEach(output.get()::write));

        ProblemPolicy.Outcome judged;
        try {
            judged = validateLinks(playbook, site, converted, problems, policy, checks);
        } catch (RuntimeException | Error failure) {
            // the index may still be writing into the output, which the caller is about to discard
            try {
                search.join();
            } catch (CompletionException | java.util.concurrent.CancellationException also) {
                failure.addSuppressed(also.getCause() != null ? also.getCause() : also);
            }
            throw failure;
        }
        await(search);
        return new Outcome(playbook, site, judged.problems(), completeness, judged.checks(), ruleCatalog.rules());
    }

    /** Links and reachability over the rendered site, then the playbook's policy over every problem. */
    private ProblemPolicy.Outcome validateLinks(Playbook playbook, RenderResult site, Map<String, ConvertedMarkdown> converted,
                                                List<Problem> problems, ProblemPolicy policy, List<CheckResult> checks) {
        Map<String, Set<String>> ids = new HashMap<>();
        Map<String, Set<String>> pageLinks = new HashMap<>();
        for (RenderedPage page : site.pages()) {
            ids.put(page.path(), page.ids());
            pageLinks.put(page.path(), page.links());
        }
        problems.addAll(new LinkValidator().validate(playbook, links(playbook, converted), ids));
        problems.addAll(new ReachabilityValidator().validate(playbook, pageLinks, "index.html"));
        return policy.apply(problems, checks);
    }

    /** Waits for the work to finish, and throws what it threw, as it was thrown. */
    private static void await(CompletableFuture<?> work) {
        try {
            work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Render → index → publish: each page goes on to the output and, as the renderer read it, into the index. */
    private static PageSink indexing(PageSink output, SearchIndexBuilder index) {
        return (path, html, page) -> {
            output.accept(path, html, page);
            index.add(path, page);
        };
    }

    private Map<String, ConvertedMarkdown> convertGuides(Playbook playbook) {
        Map<String, ConvertedMarkdown> converted = new java.util.concurrent.ConcurrentHashMap<>();
        playbook.guides().parallelStream().forEach(g -> converted.put(g.path(), markdown.convert(g.markdown())));
        return converted;
    }

    /** Links in guide bodies (exact positions) and in YAML text fields (the field's position). */
    private List<SourceLink> links(Playbook playbook, Map<String, ConvertedMarkdown> converted) {
        List<SourceLink> links = new ArrayList<>();
        for (GuidePage guide : playbook.guides()) {
            ConvertedMarkdown md = converted.get(guide.path());
            md.links().forEach(l -> links.add(new SourceLink(l.target(),
                    new Position(guide.path(), l.line() + guide.bodyLineOffset(), l.column()))));
        }
        for (StructuredDocument document : playbook.structured()) {
            collectFieldLinks(document.data(), links);
        }
        return links;
    }

    private void collectFieldLinks(Node node, List<SourceLink> into) {
        if (node instanceof MapNode map) {
            map.entries().forEach(e -> collectFieldLinks(e.value(), into));
        } else if (node instanceof ListNode list) {
            list.items().forEach(item -> collectFieldLinks(item, into));
        } else if (node instanceof ScalarNode scalar && scalar.isString()) {
            markdown.links(scalar.text()).forEach(l -> into.add(new SourceLink(l.target(), scalar.position())));
        }
    }
}
