package dev.playbook.render;

import dev.playbook.model.RuleId;
import dev.playbook.model.Document;
import dev.playbook.model.MarkupFormatter;
import dev.playbook.model.Position;
import dev.playbook.model.Problem;
import dev.playbook.model.Book;
import freemarker.core.ParseException;
import freemarker.template.Template;
import freemarker.template.TemplateException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Render stage: every document through its kind's template, plus the home page and one landing
 * page per playbook, all in memory. Pages render in parallel; the result is in path order.
 */
public final class SiteRenderer {

    private final Theme theme;
    private final TemplateEngine engine;
    private final MarkupFormatter formatter;
    /** Present in a warm renderer: pages whose inputs did not change are not rendered again. */
    private final Optional<PageMemory> memory;

    public SiteRenderer(Theme theme, MarkupFormatter formatter) {
        this(theme, formatter, Optional.empty());
    }

    private SiteRenderer(Theme theme, MarkupFormatter formatter, Optional<PageMemory> memory) {
        this.theme = theme;
        this.engine = new TemplateEngine(theme);
        this.formatter = formatter;
        this.memory = memory;
    }

    /** The ids the theme's templates write on every page they make, which a page's text must leave to them. */
    public java.util.Set<String> themeIds() {
        return theme.templateIds();
    }

    /**
     * A renderer for a warm process that renders the same site again and again (the live preview): a page
     * whose templates, site hash and model did not change is sent to the sink as it was last rendered; a
     * document's page whose document, body and shared context did not change, without building its model.
     * Renders must not overlap.
     */
    public static SiteRenderer remembering(Theme theme, MarkupFormatter formatter) {
        return new SiteRenderer(theme, formatter, Optional.of(new PageMemory()));
    }

    /** Renders every page into {@code sink} as it is done; the result keeps each page's ids and links. */
    public RenderResult render(RenderInput input, PageSink sink) {
        SiteAddress address = new SiteAddress(input.playbook().config().site(), input.version());
        SiteModel site = new SiteModel(input.playbook(), input.catalog(), formatter, input.generator(), input.version(), address,
                input.takeAways());
        // a warm renderer sees unchanged pages by the outline, which a warm pipeline gives
        Optional<dev.playbook.model.Outline> outline = memory.flatMap(m -> input.outline());
        PageModel.Listings listings = outline.map(o -> memory.get().listings(o, () -> PageModel.Listings.of(input.playbook(), site)))
                .orElseGet(() -> PageModel.Listings.of(input.playbook(), site));
        PageModel pages = new PageModel(input, listings, formatter, address);
        List<Job> jobs = jobs(input, site, pages, outline);
        List<Problem> problems = new ArrayList<>();
        List<RenderedPage> rendered = new ArrayList<>();
        Map<String, Object> functions = Map.of(
                "md", new MarkdownFunction(formatter, false),
                "mdInline", new MarkdownFunction(formatter, true),
                PageLinkFunction.NAME, new PageLinkFunction());
        PageReader reader = new PageReader();
        AbbreviationMarker marker = site.abbreviationMarker();
        Optional<PageMemory.Render> remembered = memory.map(m -> m.start(site.hash(), pages.documentContext()));
        jobs.parallelStream().map(job -> renderOne(job, site.hash(), functions, sink, reader, marker, remembered)).toList().forEach(outcome -> {
            outcome.page().ifPresent(rendered::add);
            outcome.problem().filter(p -> outcome.source() == null || !input.invalidSources().contains(outcome.source())).ifPresent(problems::add);
        });
        remembered.ifPresent(PageMemory.Render::end);
        rendered.sort(java.util.Comparator.comparing(RenderedPage::path));
        Map<String, byte[]> files = new java.util.TreeMap<>();
        address.sitemap(rendered.stream().map(RenderedPage::path).toList()).ifPresent(xml -> files.put(SiteAddress.SITEMAP, xml));
        address.robots().ifPresent(text -> files.put(SiteAddress.ROBOTS, text));
        // the owner's own file wins: an internal playbook may keep crawlers out with its robots.txt
        input.playbook().assets().forEach(asset -> files.remove(asset.path()));
        return new RenderResult(rendered, theme.assets(), files, problems, site.readingOrder());
    }

    /**
     * The entry page of a site that publishes several versions side by side: it leads to {@code target}
     * (a relative URL), through the theme's {@code redirect.ftlh}. Returns the problem when the template fails.
     */
    public Optional<Problem> renderRedirect(String path, String target, String title, PageSink sink) {
        Job job = new Job(path, null, List.of("redirect.ftlh"), () -> Map.of("target", target));
        return job.run(engine, Map.of("title", title), Map.of(), sink, new PageReader(), AbbreviationMarker.none(), job.model().get())
                .problem();
    }

    /**
     * The pages to render; with an {@code outline} (a warm renderer), with what makes each, for the renderer to see it
     * unchanged without building its model.
     */
    private static List<Job> jobs(RenderInput input, SiteModel site, PageModel pages, Optional<dev.playbook.model.Outline> outline) {
        List<Job> jobs = new ArrayList<>();
        Map<String, Document> byPath = new HashMap<>();
        input.playbook().documents().forEach(d -> byPath.put(d.path(), d));
        Optional<Document> homeIntro = Optional.ofNullable(byPath.get(SiteModel.HOME_SOURCE));
        jobs.add(new Job("index.html", homeIntro.map(Document::path).orElse(null), List.of("home.ftlh"),
                () -> pages.forHome(homeIntro), outline.map(o -> PageInputs.ofLanding(homeIntro, input.guides()))));
        for (Book book : Book.values()) {
            Optional<Document> intro = Optional.ofNullable(byPath.get(book.introduction()));
            List<Document> bookPages = site.pagesOf(book);
            // a book's page lists its pages by what their headers say: the outline
            jobs.add(new Job(SiteModel.bookUrl(book), intro.map(Document::path).orElse(null),
                    List.of("section.ftlh"), () -> pages.forBook(book, bookPages, intro),
                    outline.map(o -> PageInputs.ofLanding(intro, input.guides(), o))));
        }
        // the two pages with a row per file name what their models read, so a warm render need not build them
        jobs.add(new Job(PageModel.COMPLETENESS_PAGE, null, List.of("completeness.ftlh"), pages::forCompleteness,
                outline.flatMap(o -> PageInputs.ofValues(input.completeness(), input.catalog().roles(), o))));
        jobs.add(new Job(PageModel.REVIEW_PAGE, null, List.of("review.ftlh"), pages::forReview,
                outline.flatMap(o -> PageInputs.ofValues(input.reviewQueue(), input.catalog().roles()))));
        jobs.add(new Job(PageModel.RULES_PAGE, null, List.of("rules.ftlh"), pages::forRules));
        jobs.add(new Job(PageModel.SEARCH_PAGE, null, List.of("search.ftlh"), pages::forSearch));
        jobs.add(new Job(SiteAddress.NOT_FOUND_PAGE, null, List.of("404.ftlh"), pages::forNotFound));
        input.history().ifPresent(history -> {
            jobs.add(new Job(PageModel.CHANGES_PAGE, null, List.of("changes.ftlh"), () -> pages.forChanges(history)));
            jobs.add(new Job(PageModel.CHANGELOG_PAGE, null, List.of("changelog.ftlh"), () -> pages.forChangelog(history)));
        });
        RolePageModel roles = new RolePageModel(input, pages);
        for (dev.playbook.model.RoleView view : input.roleViews()) {
            String source = java.util.Optional.ofNullable(input.catalog().roles().get(view.id()))
                    .map(dev.playbook.model.Catalog.Entity::pagePath).orElse(null);
            // a role's page shows the structured documents it draws on in full, and the guides and sources by their headers
            jobs.add(new Job(dev.playbook.model.RoleView.pagePath(view.id()), source, List.of("role.ftlh"), () -> roles.forRole(view),
                    outline.flatMap(o -> PageInputs.ofValues(view, o, input.takeAways(), input.pullThrough()))));
        }
        // one list per kind, not per page: a warm renderer compares each page's with the one it was last rendered with
        Map<String, List<String>> templatesOfKind = new HashMap<>();
        for (Document document : input.playbook().documents()) {
            if (SiteModel.isLandingPage(document)) {
                continue;
            }
            jobs.add(new Job(document.outputPath(), document.path(),
                    templatesOfKind.computeIfAbsent(document.kind(), kind -> List.of("kinds/" + kind + ".ftlh", "kinds/default.ftlh")),
                    () -> pages.forDocument(document, document.kind(), document.outputPath()),
                    outline.flatMap(o -> PageInputs.of(document, Optional.ofNullable(input.guides().get(document.path()))))));
        }
        return jobs;
    }

    /** Renders one page, or, in a warm renderer, sends it as last rendered when nothing it depends on changed. */
    private Outcome renderOne(Job job, Map<String, Object> site, Map<String, Object> functions, PageSink sink,
                              PageReader reader, AbbreviationMarker marker, Optional<PageMemory.Render> remembered) {
        Optional<PageMemory.Entry> sameInputs = remembered.flatMap(r -> r.unchangedInputs(job.path(), job.templates(), job.inputs()));
        if (sameInputs.isPresent()) {
            sink.unchanged(job.path());
            return new Outcome(job.source(), Optional.of(sameInputs.get().page()), Optional.empty());
        }
        Map<String, Object> model;
        try {
            model = job.model().get();
        } catch (RuntimeException e) {
            remembered.ifPresent(r -> r.forget(job.path()));
            return job.failedModel(e);
        }
        Optional<PageMemory.Entry> unchanged = remembered.flatMap(r -> r.unchanged(job.path(), job.templates(), model, job.inputs()));
        if (unchanged.isPresent()) {
            sink.unchanged(job.path());
            return new Outcome(job.source(), Optional.of(unchanged.get().page()), Optional.empty());
        }
        if (remembered.isEmpty()) {
            return job.run(engine, site, functions, sink, reader, marker, model);
        }
        SiteReads reads = new SiteReads();
        Outcome outcome = job.run(engine, engine.recording(site, reads), functions, sink, reader, marker, model);
        // the abbreviations marked on every page come from the site hash's glossary, read or not by the templates
        reads.value(List.of(SiteModel.GLOSSARY));
        remembered.get().remember(job.path(), job.templates(), model, outcome.page(), job.inputs(), reads.reads());
        return outcome;
    }

    /**
     * One page to render; its model is built on the worker thread. {@code inputs}, for a document's page, let a warm
     * renderer see that the page is unchanged without building its model.
     */
    private record Job(String path, String source, List<String> templates,
                       java.util.function.Supplier<Map<String, Object>> model, Optional<PageInputs> inputs) {

        Job(String path, String source, List<String> templates, java.util.function.Supplier<Map<String, Object>> model) {
            this(path, source, templates, model, Optional.empty());
        }

        Outcome run(TemplateEngine engine, Object site, Map<String, Object> functions, PageSink sink,
                    PageReader reader, AbbreviationMarker marker, Map<String, Object> pageModel) {
            String templateName = templates.get(0);
            try {
                Template template = engine.template(templates);
                templateName = template.getSourceName();
                Map<String, Object> root = new HashMap<>(functions);
                root.put("site", site);
                root.put("page", pageModel);
                String html = marker.mark(path, engine.render(template, root));
                org.jsoup.nodes.Document page = reader.parse(html);
                RenderedPage rendered = reader.read(path, page);
                sink.accept(path, html, page);
                return new Outcome(source, Optional.of(rendered), Optional.empty());
            } catch (ParseException e) {
                return Outcome.failed(source, Problem.error(RuleId.THEME_SYNTAX,
                        new Position("theme:" + e.getTemplateName(), e.getLineNumber(), e.getColumnNumber()),
                        e.getEditorMessage(), "fix the template syntax"));
            } catch (PageWriter.TooLarge e) {
                return tooLarge(e, templates);
            } catch (StackOverflowError e) {
                // a macro, #include or function that calls itself without end: this page fails, the others build
                return Outcome.failed(source, Problem.error(RuleId.THEME_RENDER, Position.ofFile("theme:" + templateName),
                        "cannot render " + path + (source == null ? "" : " (from " + source + ")")
                                + ": the templates call themselves without end (the stack overflowed)",
                        "find the macro, #include or function that calls itself and give it a way to stop"));
            } catch (TemplateException e) {
                if (e.getCause() instanceof PageWriter.TooLarge tooLarge) {
                    return tooLarge(tooLarge, templates);
                }
                String where = e.getTemplateSourceName() == null ? "theme" : "theme:" + e.getTemplateSourceName();
                Integer line = e.getLineNumber();
                Integer column = e.getColumnNumber();
                return Outcome.failed(source, Problem.error(RuleId.THEME_RENDER,
                        new Position(where, line == null ? 0 : line, column == null ? 0 : column),
                        "cannot render " + path + (source == null ? "" : " (from " + source + ")") + ": "
                                + firstLine(RecordingHash.asBuildWords(e.getMessageWithoutStackTop())),
                        "the template expects a value this page does not have; guard it with ?? or !"));
            } catch (RuntimeException e) {
                return failedModel(e);
            } catch (IOException e) {
                return Outcome.failed(source, Problem.error(RuleId.THEME_MISSING, Position.ofFile("theme"),
                        "no template for " + path + ": tried " + String.join(", ", templates)));
            }
        }

        private Outcome tooLarge(PageWriter.TooLarge e, List<String> templates) {
            Position at = e.place.map(p -> new Position("theme:" + p[0], Integer.parseInt(p[1]), Integer.parseInt(p[2])))
                    .orElse(Position.ofFile("theme:" + templates.get(0)));
            return Outcome.failed(source, Problem.error(RuleId.THEME_RENDER, at,
                    "cannot render " + path + (source == null ? "" : " (from " + source + ")") + ": the page grew past "
                            + PageWriter.MAX_CHARS + " characters",
                    "a #list or loop here writes far more than a page holds; check its range"));
        }

        /** A page model or a template function met data it could not handle: the page is reported, the others build. */
        Outcome failedModel(RuntimeException e) {
            return Outcome.failed(source, Problem.error(RuleId.THEME_RENDER, Position.ofFile(source == null ? "theme" : source),
                    "cannot render " + path + ": " + e, "check the values on this page; if they look right, this is a bug in Playbook"));
        }

        private static String firstLine(String text) {
            int newline = text.indexOf('\n');
            return newline < 0 ? text : text.substring(0, newline);
        }
    }

    /** A page rendered, or the problem that stopped it. */
    private record Outcome(String source, Optional<RenderedPage> page, Optional<Problem> problem) {

        static Outcome failed(String source, Problem problem) {
            return new Outcome(source, Optional.empty(), Optional.of(problem));
        }
    }
}
