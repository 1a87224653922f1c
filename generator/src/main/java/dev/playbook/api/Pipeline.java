package dev.playbook.api;

import dev.playbook.compute.PullThroughCalculator;
import dev.playbook.index.BackgroundIndex;
import dev.playbook.index.SearchIndexBuilder;
import dev.playbook.load.ContentLoader;
import dev.playbook.markdown.ConvertedMarkdown;
import dev.playbook.markdown.MarkdownConverter;
import dev.playbook.markdown.MarkdownLimits;
import dev.playbook.markdown.SourceLinkCollector;
import dev.playbook.model.Catalog;
import dev.playbook.model.CheckResult;
import dev.playbook.model.Completeness;
import dev.playbook.model.ContentTree;
import dev.playbook.model.GuideHtml;
import dev.playbook.model.Playbook;
import dev.playbook.model.Problem;
import dev.playbook.model.PullThrough;
import dev.playbook.model.RuleInfo;
import dev.playbook.model.SiteVersion;
import dev.playbook.model.VersionHistory;
import dev.playbook.render.PageSink;
import org.jsoup.nodes.Document;
import dev.playbook.render.RenderInput;
import dev.playbook.render.RenderResult;
import dev.playbook.render.RenderedPage;
import dev.playbook.render.SiteRenderer;
import dev.playbook.render.Theme;
import dev.playbook.rules.CompletenessScorer;
import dev.playbook.rules.ProblemPolicy;
import dev.playbook.rules.RuleCatalog;
import dev.playbook.rules.RuleContext;
import dev.playbook.rules.RuleSet;
import dev.playbook.rules.Suppressions;
import dev.playbook.validate.AssetTypeValidator;
import dev.playbook.validate.LinkValidator;
import dev.playbook.validate.PagePathValidator;
import dev.playbook.validate.ReachabilityValidator;
import dev.playbook.validate.ReferenceValidator;
import dev.playbook.validate.SchemaValidator;
import dev.playbook.validate.Schemas;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Connects the stages for one version of a playbook: load → validate (schema, references, page paths)
 * → convert Markdown → compute → playbook rules and score → render (→ index) → validate links and
 * reachability → apply the playbook's policy (disabled rules, severities, suppressions). It only
 * delegates; each stage owns its work. It writes nothing itself: pages and the index go to the output
 * it is given (a staging area, published or discarded by its caller).
 */
final class Pipeline {

    /**
     * The site in memory, every problem found on the way, how complete the playbook is, and the sources' texts.
     * {@code search} is the search index being written: done when a build's run returns; a warm run returns
     * before it is, so that the pages can be shown first.
     */
    record Outcome(Playbook playbook, RenderResult site, List<Problem> problems, Completeness completeness,
                   List<CheckResult> checks, List<RuleInfo> rules, Map<String, String> sources, BackgroundIndex search) {

        Report report(Optional<Path> written) {
            return new Report(problems, site.pages().size(), written, completeness, checks, rules, sources);
        }

        List<String> pagePaths() {
            return site.pages().stream().map(RenderedPage::path).toList();
        }
    }

    /** One version of a site, when several are published side by side, and its history up to it. */
    record VersionContext(SiteVersion version, Function<Playbook, VersionHistory> history) {
    }

    private final Schemas schemas;
    private final ContentLoader loader;
    private final SchemaValidator schemaValidator;
    private final MarkdownConverter markdown;
    private final RuleSet rules = RuleSet.defaults();
    private final RuleCatalog ruleCatalog = new RuleCatalog(rules);
    private final CompletenessScorer scorer = new CompletenessScorer(ruleCatalog);
    private final String generator;

    /** A warm pipeline keeps its renderer (templates parsed once, pages it need not render again) until the theme changes. */
    private final boolean warm;
    private SiteRenderer renderer;
    private Optional<Path> rendererTheme;
    /** A warm pipeline's index reads again only the pages whose HTML is new. */
    private final SearchIndexBuilder.Memory indexMemory = new SearchIndexBuilder.Memory();
    private final ReachabilityValidator reachability;

    /** A pipeline for one build. */
    Pipeline(Schemas schemas, String generator) {
        this(schemas, generator, new ContentLoader(), new SchemaValidator(schemas), new MarkdownConverter(), false);
    }

    private Pipeline(Schemas schemas, String generator, ContentLoader loader, SchemaValidator schemaValidator, MarkdownConverter markdown,
                     boolean warm) {
        this.warm = warm;
        this.reachability = warm ? ReachabilityValidator.remembering() : new ReachabilityValidator();
        this.schemas = schemas;
        this.generator = generator;
        this.loader = loader;
        this.schemaValidator = schemaValidator;
        this.markdown = markdown;
    }

    /**
     * A pipeline kept warm for build after build (the live preview): its stages remember what they made
     * from inputs that did not change, so an edit costs what it touches. Its runs must not overlap.
     */
    static Pipeline warm(Schemas schemas, String generator) {
        return new Pipeline(schemas, generator, ContentLoader.remembering(), SchemaValidator.remembering(schemas),
                MarkdownConverter.remembering(), true);
    }

    /** A warm pipeline's theme changed on disk: its templates and assets are read again on the next run. */
    void themeChanged() {
        renderer = null;
    }

    private SiteRenderer renderer(Optional<Path> theme) {
        if (!warm) {
            return newRenderer(theme);
        }
        if (renderer == null || !theme.equals(rendererTheme)) {
            renderer = newRenderer(theme);
            rendererTheme = theme;
        }
        return renderer;
    }

    private SiteRenderer newRenderer(Optional<Path> theme) {
        dev.playbook.model.MarkupFormatter formatter = (text, inline) ->
                inline ? markdown.convertInline(text).html() : markdown.convert(text).html();
        return warm ? SiteRenderer.remembering(new Theme(theme), formatter) : new SiteRenderer(new Theme(theme), formatter);
    }

    /**
     * Runs every stage. Rendered pages go to {@code output}, and the search index is built from them and
     * written there too, when there is an output (a build). A check has none: its pages are rendered for
     * their ids and links, then dropped.
     */
    Outcome run(ContentTree tree, Optional<Path> theme, LocalDate today, Optional<SiteOutput> output,
                Optional<VersionContext> version) {
        ContentLoader.Result loaded = loader.load(tree);
        Playbook playbook = loaded.playbook();
        List<Problem> problems = new ArrayList<>(loaded.problems());

        problems.addAll(schemaValidator.validate(playbook, loaded.problems()));
        Catalog catalog = Catalog.from(playbook);
        problems.addAll(new ReferenceValidator(schemas).validate(playbook, catalog));
        problems.addAll(new PagePathValidator().validate(playbook));
        problems.addAll(new AssetTypeValidator().validate(playbook));

        SiteRenderer renderer = renderer(theme);
        Map<String, ConvertedMarkdown> converted = convertGuides(playbook, renderer.themeIds());
        problems.addAll(new MarkdownLimits(markdown).validate(playbook, converted));
        Map<String, GuideHtml> guides = new HashMap<>();
        converted.forEach((path, md) -> guides.put(path, md.guideHtml()));
        Optional<PullThrough> pullThrough = new PullThroughCalculator().compute(playbook);

        List<CheckResult> checks = rules.run(new RuleContext(playbook, catalog, playbook.config().checks(), today, pullThrough));
        ProblemPolicy policy = new ProblemPolicy(playbook.config().checks(), ruleCatalog, Suppressions.scan(tree.texts(), playbook));
        Completeness completeness = scorer.score(playbook, policy.apply(List.of(), checks).checks());

        Set<String> invalid = problems.stream().filter(Problem::isError).map(p -> p.position().file()).collect(Collectors.toSet());
        Optional<SearchIndexBuilder> index = output.filter(o -> playbook.config().searchEnabled())
                .map(o -> warm ? new SearchIndexBuilder(indexMemory) : new SearchIndexBuilder());
        PageSink sink = output.map(pages -> pageSink(pages, index)).orElse(PageSink.discard());
        RenderResult site = renderer.render(new RenderInput(playbook, catalog, guides, pullThrough, generator, invalid,
                today, completeness, ruleCatalog.rules(), version.map(VersionContext::version),
                version.map(v -> v.history().apply(playbook))), sink);
        problems.addAll(site.problems());

        BackgroundIndex search = index.map(builder -> BackgroundIndex.start(builder, output.get()::write)).orElse(BackgroundIndex.none());
        ProblemPolicy.Outcome judged;
        try {
            judged = validateLinks(playbook, site, converted, tree.texts(), problems, policy, checks);
        } catch (RuntimeException | Error failure) {
            search.awaitAfter(failure);
            throw failure;
        }
        if (!warm) {
            search.await();
        }
        markdown.endRun();
        return new Outcome(playbook, site, judged.problems(), completeness, judged.checks(), ruleCatalog.rules(), tree.texts(),
                search);
    }

    /** Links and reachability over the rendered site, then the playbook's policy over every problem. */
    private ProblemPolicy.Outcome validateLinks(Playbook playbook, RenderResult site, Map<String, ConvertedMarkdown> converted,
                                                Map<String, String> sources, List<Problem> problems, ProblemPolicy policy,
                                                List<CheckResult> checks) {
        Map<String, Set<String>> ids = new HashMap<>();
        Map<String, Set<String>> pageLinks = new HashMap<>();
        for (RenderedPage page : site.pages()) {
            ids.put(page.path(), page.ids());
            pageLinks.put(page.path(), page.links());
        }
        problems.addAll(new LinkValidator().validate(playbook, new SourceLinkCollector(markdown).collect(playbook, converted, sources), ids));
        problems.addAll(reachability.validate(playbook, pageLinks, "index.html"));
        return policy.apply(problems, checks);
    }

    /** Render → index → publish: each page goes on to the output and, as the renderer read it, into the index. */
    private static PageSink pageSink(SiteOutput output, Optional<SearchIndexBuilder> index) {
        return new PageSink() {
            @Override
            public void accept(String path, String html, Document page) {
                output.page(path, html);
                index.ifPresent(builder -> builder.add(path, page));
            }

            @Override
            public void unchanged(String path) {
                output.unchangedPage(path);
                index.ifPresent(builder -> builder.addUnchanged(path));
            }
        };
    }

    private Map<String, ConvertedMarkdown> convertGuides(Playbook playbook, Set<String> themeIds) {
        Map<String, ConvertedMarkdown> converted = new ConcurrentHashMap<>();
        playbook.guides().parallelStream().forEach(guide -> converted.put(guide.path(), markdown.convert(guide.markdown(), themeIds)));
        return converted;
    }
}
