package dev.playbook.api;

import dev.playbook.compute.PullThroughCalculator;
import dev.playbook.compute.RoleViewBuilder;
import dev.playbook.index.BackgroundIndex;
import dev.playbook.index.SearchIndexBuilder;
import dev.playbook.load.ContentLoader;
import dev.playbook.markdown.ConvertedMarkdown;
import dev.playbook.markdown.GuideBodies;
import dev.playbook.markdown.MarkdownConverter;
import dev.playbook.markdown.MarkdownLimits;
import dev.playbook.markdown.SourceLinkCollector;
import dev.playbook.model.Catalog;
import dev.playbook.model.CheckResult;
import dev.playbook.model.Completeness;
import dev.playbook.model.ContentTree;
import dev.playbook.model.GuideHtml;
import dev.playbook.model.Outline;
import dev.playbook.model.Playbook;
import dev.playbook.model.Problem;
import dev.playbook.model.PullThrough;
import dev.playbook.model.RuleInfo;
import dev.playbook.model.ReviewQueue;
import dev.playbook.model.SiteVersion;
import dev.playbook.model.VersionHistory;
import dev.playbook.pdf.Bookshelf;
import dev.playbook.pdf.PdfPrinter;
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
import dev.playbook.rules.ReviewSchedule;
import dev.playbook.rules.Suppressions;
import dev.playbook.validate.GlossaryTargetValidator;
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
                   List<CheckResult> checks, List<RuleInfo> rules, Map<String, String> sources, BackgroundIndex search,
                   ReviewQueue reviewQueue, dev.playbook.model.TakeAways takeAways) {

        Report report(Optional<Path> written) {
            return new Report(problems, site.pages().size(), written, completeness, checks, rules, sources, reviewQueue);
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
    private final RuleSet rules;
    private final RuleCatalog ruleCatalog;
    private final CompletenessScorer scorer;
    private final String generator;

    /** A warm pipeline keeps its renderer (templates parsed once, pages it need not render again) until the theme changes. */
    private final boolean warm;
    private SiteRenderer renderer;
    private Optional<Path> rendererTheme;
    /** A warm pipeline's index reads again only the pages whose HTML is new. */
    private final SearchIndexBuilder.Memory indexMemory = new SearchIndexBuilder.Memory();
    private final ReachabilityValidator reachability;
    /** A warm pipeline's last outline, and what it made of it. */
    private Optional<Outline> lastOutline = Optional.empty();
    private final OutlineMemo<List<dev.playbook.model.RoleView>> roleViews = new OutlineMemo<>();
    private final OutlineMemo<ReviewQueue> reviewQueues = new OutlineMemo<>();
    private final OutlineMemo<Completeness> pageScores = new OutlineMemo<>();
    private final OutlineMemo<Completeness> scores = new OutlineMemo<>();
    private final LinkValidator linkValidator;
    private final ReferenceValidator references;
    private final SourceLinkCollector sourceLinks;
    private final Suppressions.Scanner suppressions = new Suppressions.Scanner();
    private final MarkdownLimits markdownLimits;
    private final GuideBodies guideBodies;

    /** A pipeline for one build. */
    Pipeline(Schemas schemas, String generator) {
        this(schemas, generator, new ContentLoader(), new SchemaValidator(schemas), new MarkdownConverter(), false);
    }

    private Pipeline(Schemas schemas, String generator, ContentLoader loader, SchemaValidator schemaValidator, MarkdownConverter markdown,
                     boolean warm) {
        this.warm = warm;
        this.rules = warm ? RuleSet.remembering() : RuleSet.defaults();
        this.ruleCatalog = new RuleCatalog(rules);
        this.scorer = new CompletenessScorer(ruleCatalog);
        this.reachability = warm ? ReachabilityValidator.remembering() : new ReachabilityValidator();
        this.linkValidator = warm ? LinkValidator.remembering() : new LinkValidator();
        this.references = warm ? ReferenceValidator.remembering(schemas) : new ReferenceValidator(schemas);
        this.schemas = schemas;
        this.generator = generator;
        this.loader = loader;
        this.schemaValidator = schemaValidator;
        this.markdown = markdown;
        this.sourceLinks = warm ? SourceLinkCollector.remembering(markdown) : new SourceLinkCollector(markdown);
        this.markdownLimits = warm ? MarkdownLimits.remembering(markdown) : new MarkdownLimits(markdown);
        this.guideBodies = warm ? GuideBodies.remembering(markdown) : GuideBodies.of(markdown);
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

    /**
     * A warm run threw: its renderer may remember pages its caller never kept. The next run renders every page, as
     * after a theme change.
     */
    void runFailed() {
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
        return run(tree, theme, today, output, version, dev.playbook.model.TakeAways.NONE);
    }

    /** As above; {@code requested} are the downloads the request asks for on top of what the playbook's config asks for. */
    Outcome run(ContentTree tree, Optional<Path> theme, LocalDate today, Optional<SiteOutput> output,
                Optional<VersionContext> version, dev.playbook.model.TakeAways requested) {
        ContentLoader.Result loaded = loader.load(tree);
        Playbook playbook = loaded.playbook();
        List<Problem> problems = new ArrayList<>(loaded.problems());

        problems.addAll(schemaValidator.validate(playbook, loaded.problems()));
        Catalog catalog = Catalog.from(playbook);
        problems.addAll(references.validate(playbook, catalog));
        problems.addAll(new PagePathValidator().validate(playbook));
        problems.addAll(new AssetTypeValidator().validate(playbook));

        SiteRenderer renderer = renderer(theme);
        GuideBodies.Converted bodies = guideBodies.convert(playbook, renderer.themeIds());
        Map<String, ConvertedMarkdown> converted = bodies.markdown();
        problems.addAll(markdownLimits.validate(playbook, converted));
        Map<String, GuideHtml> guides = bodies.html();
        Optional<PullThrough> pullThrough = new PullThroughCalculator().compute(playbook);
        // a warm pipeline: what is made of the documents' headers is made again only when the outline changed
        Optional<Outline> outline = warm ? Optional.of(Outline.of(playbook.documents()).sameAs(lastOutline)) : Optional.empty();
        lastOutline = outline;
        // role views are made of headers and structured documents; the review queue of headers, the config and the day
        List<dev.playbook.model.RoleView> roleViews = this.roleViews.get(outline, List.of(),
                () -> new RoleViewBuilder().build(playbook, catalog, pullThrough));
        // the live preview makes no downloads: they would cost every edit the time of a full print
        dev.playbook.model.TakeAways takeAways = output.isEmpty() || warm ? dev.playbook.model.TakeAways.NONE
                : dev.playbook.model.TakeAways.of(playbook.config(), requested.pdf(), requested.offline());

        List<CheckResult> checks = rules.run(new RuleContext(playbook, catalog, playbook.config().checks(), today, pullThrough));
        Suppressions suppressed = warm ? suppressions.scan(tree.texts(), playbook) : Suppressions.scan(tree.texts(), playbook);
        ProblemPolicy policy = new ProblemPolicy(playbook.config().checks(), ruleCatalog, suppressed);
        // the page's score knows the problems found before rendering; the report's (below) knows every problem
        ReviewQueue reviewQueue = reviewQueues.get(outline, List.of(playbook.config(), today), () -> ReviewSchedule.queue(playbook, today));
        ProblemPolicy.JudgedChecks judgedChecks = policy.judge(checks);
        ProblemPolicy.Outcome sofar = policy.apply(problems, judgedChecks);
        // a score is made of the checks, the problems, the headers (which book each file is in) and which kinds failed to load
        Completeness pageScore = pageScores.get(outline, List.of(sofar.checks(), sofar.problems(), playbook.failures()),
                () -> scorer.score(playbook, sofar.checks(), sofar.problems()));

        Set<String> invalid = problems.stream().filter(Problem::isError).map(p -> p.position().file()).collect(Collectors.toSet());
        Optional<SearchIndexBuilder> index = output.filter(o -> playbook.config().searchEnabled())
                .map(o -> warm ? new SearchIndexBuilder(indexMemory) : new SearchIndexBuilder());
        // the PDFs print pages as the site shows them: their HTML is kept while rendering, only when they are asked for
        Map<String, String> printable = new ConcurrentHashMap<>();
        PageSink sink = output.map(pages -> pageSink(pages, index, takeAways.pdf() ? Optional.of(printable) : Optional.empty()))
                .orElse(PageSink.discard());
        RenderResult site = renderer.render(new RenderInput(playbook, catalog, guides, pullThrough, generator, invalid,
                today, pageScore, reviewQueue, ruleCatalog.rules(), version.map(VersionContext::version),
                version.map(v -> v.history().apply(playbook)), roleViews, takeAways, outline), sink);
        problems.addAll(site.problems());
        output.ifPresent(files -> site.files().forEach(files::write));

        // a live preview's next save often comes before its index would be done: the index waits for a pause
        BackgroundIndex search = index.map(builder -> warm ? BackgroundIndex.startAfterPause(builder, output.get()::write)
                : BackgroundIndex.start(builder, output.get()::write)).orElse(BackgroundIndex.none());
        ProblemPolicy.Outcome judged;
        try {
            judged = validateLinks(playbook, site, converted, tree.texts(), problems, policy, judgedChecks);
        } catch (RuntimeException | Error failure) {
            search.awaitAfter(failure);
            throw failure;
        }
        // printed once the playbook's policy has judged it (a build with errors publishes nothing), while the index is written
        if (takeAways.pdf() && judged.problems().stream().noneMatch(Problem::isError)) {
            try {
                printPdfs(playbook, roleViews, site, version, printable, output.get());
            } catch (RuntimeException | Error failure) {
                search.awaitAfter(failure);
                throw failure;
            }
        }
        if (!warm) {
            search.await();
        }
        markdown.endRun();
        Completeness completeness = scores.get(outline, List.of(judged.checks(), judged.problems(), playbook.failures()),
                () -> scorer.score(playbook, judged.checks(), judged.problems()));
        return new Outcome(playbook, site, judged.problems(), completeness, judged.checks(), ruleCatalog.rules(), tree.texts(),
                search, reviewQueue, takeAways);
    }

    /** Links and reachability over the rendered site, then the playbook's policy over every problem. */
    private ProblemPolicy.Outcome validateLinks(Playbook playbook, RenderResult site, Map<String, ConvertedMarkdown> converted,
                                                Map<String, String> sources, List<Problem> problems, ProblemPolicy policy,
                                                ProblemPolicy.JudgedChecks checks) {
        Map<String, Set<String>> ids = new HashMap<>();
        Map<String, Set<String>> pageLinks = new HashMap<>();
        for (RenderedPage page : site.pages()) {
            ids.put(page.path(), page.ids());
            pageLinks.put(page.path(), page.links());
        }
        problems.addAll(linkValidator.validate(playbook, sourceLinks.collect(playbook, converted, sources), ids));
        problems.addAll(new GlossaryTargetValidator().validate(playbook, ids));
        problems.addAll(reachability.validate(playbook, pageLinks, "index.html"));
        return policy.apply(problems, checks);
    }

    /** The pdf stage prints each PDF of this version from the pages just rendered, in parallel, into the output. */
    private static void printPdfs(Playbook playbook, List<dev.playbook.model.RoleView> roleViews, RenderResult site,
                                  Optional<VersionContext> version, Map<String, String> pages, SiteOutput output) {
        PdfPrinter printer = new PdfPrinter();
        new Bookshelf().books(playbook.config().title(), version.map(v -> v.version().name()), roleViews, site.readingOrder())
                .parallelStream()
                .forEach(book -> output.write(book.path(), printer.print(book, path -> Optional.ofNullable(pages.get(path)))));
    }

    /**
     * Render → index → publish: each page goes on to the output and, as the renderer read it, into the index; and its
     * HTML into {@code printable} when PDFs are made.
     */
    private static PageSink pageSink(SiteOutput output, Optional<SearchIndexBuilder> index, Optional<Map<String, String>> printable) {
        return new PageSink() {
            @Override
            public void accept(String path, String html, Document page) {
                output.page(path, html);
                index.ifPresent(builder -> builder.add(path, page));
                printable.ifPresent(pages -> pages.put(path, html));
            }

            @Override
            public void unchanged(String path) {
                output.unchangedPage(path);
                index.ifPresent(builder -> builder.addUnchanged(path));
            }
        };
    }
}
