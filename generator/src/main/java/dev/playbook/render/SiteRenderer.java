package dev.playbook.render;

import dev.playbook.model.Document;
import dev.playbook.model.MarkupFormatter;
import dev.playbook.model.Position;
import dev.playbook.model.Problem;
import dev.playbook.model.Section;
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

    public SiteRenderer(Theme theme, MarkupFormatter formatter) {
        this.theme = theme;
        this.engine = new TemplateEngine(theme);
        this.formatter = formatter;
    }

    /** Renders every page into {@code sink} as it is done; the result keeps each page's ids and links. */
    public RenderResult render(RenderInput input, PageSink sink) {
        SiteModel site = new SiteModel(input.playbook(), input.catalog(), formatter, input.generator(), input.version());
        PageModel pages = new PageModel(input, formatter);
        List<Job> jobs = jobs(input, site, pages);
        List<Problem> problems = new ArrayList<>();
        List<RenderedPage> rendered = new ArrayList<>();
        Map<String, Object> functions = Map.of(
                "md", new MarkdownFunction(formatter, false),
                "mdInline", new MarkdownFunction(formatter, true));
        PageReader reader = new PageReader();
        jobs.parallelStream().map(job -> job.run(engine, site.hash(), functions, sink, reader)).toList().forEach(outcome -> {
            outcome.page().ifPresent(rendered::add);
            outcome.problem().filter(p -> outcome.source() == null || !input.invalidSources().contains(outcome.source())).ifPresent(problems::add);
        });
        rendered.sort(java.util.Comparator.comparing(RenderedPage::path));
        return new RenderResult(rendered, theme.assets(), problems);
    }

    private static List<Job> jobs(RenderInput input, SiteModel site, PageModel pages) {
        List<Job> jobs = new ArrayList<>();
        Map<String, Document> byPath = new HashMap<>();
        input.playbook().documents().forEach(d -> byPath.put(d.path(), d));
        Optional<Document> homeIntro = Optional.ofNullable(byPath.get(SiteModel.HOME_SOURCE));
        jobs.add(new Job("index.html", homeIntro.map(Document::path).orElse(null), List.of("home.ftlh"),
                () -> pages.forHome(homeIntro)));
        for (Section section : Section.values()) {
            Optional<Document> intro = Optional.ofNullable(byPath.get(section.id() + "/index.md"));
            List<Document> sectionPages = site.pagesOf(section);
            jobs.add(new Job(SiteModel.sectionUrl(section), intro.map(Document::path).orElse(null),
                    List.of("section.ftlh"), () -> pages.forSection(section, sectionPages, intro)));
        }
        jobs.add(new Job(PageModel.COMPLETENESS_PAGE, null, List.of("completeness.ftlh"), pages::forCompleteness));
        jobs.add(new Job(PageModel.RULES_PAGE, null, List.of("rules.ftlh"), pages::forRules));
        jobs.add(new Job(PageModel.SEARCH_PAGE, null, List.of("search.ftlh"), pages::forSearch));
        input.history().ifPresent(history -> {
            jobs.add(new Job(PageModel.CHANGES_PAGE, null, List.of("changes.ftlh"), () -> pages.forChanges(history)));
            jobs.add(new Job(PageModel.CHANGELOG_PAGE, null, List.of("changelog.ftlh"), () -> pages.forChangelog(history)));
        });
        for (Document document : input.playbook().documents()) {
            if (SiteModel.isLandingPage(document)) {
                continue;
            }
            jobs.add(new Job(document.outputPath(), document.path(),
                    List.of("kinds/" + document.kind() + ".ftlh", "kinds/default.ftlh"),
                    () -> pages.forDocument(document, document.kind(), document.outputPath())));
        }
        return jobs;
    }

    /** One page to render; its model is built on the worker thread. */
    private record Job(String path, String source, List<String> templates,
                       java.util.function.Supplier<Map<String, Object>> model) {

        Outcome run(TemplateEngine engine, Map<String, Object> site, Map<String, Object> functions, PageSink sink,
                    PageReader reader) {
            try {
                Template template = engine.template(templates);
                Map<String, Object> root = new HashMap<>(functions);
                root.put("site", site);
                root.put("page", model.get());
                String html = engine.render(template, root);
                org.jsoup.nodes.Document page = reader.parse(html);
                RenderedPage rendered = reader.read(path, page);
                sink.accept(path, html, page);
                return new Outcome(source, Optional.of(rendered), Optional.empty());
            } catch (ParseException e) {
                return Outcome.failed(source, Problem.error("theme.syntax",
                        new Position("theme:" + e.getTemplateName(), e.getLineNumber(), e.getColumnNumber()),
                        e.getEditorMessage(), "fix the template syntax"));
            } catch (TemplateException e) {
                String where = e.getTemplateSourceName() == null ? "theme" : "theme:" + e.getTemplateSourceName();
                Integer line = e.getLineNumber();
                Integer column = e.getColumnNumber();
                return Outcome.failed(source, Problem.error("theme.render",
                        new Position(where, line == null ? 0 : line, column == null ? 0 : column),
                        "cannot render " + path + (source == null ? "" : " (from " + source + ")") + ": "
                                + firstLine(e.getMessageWithoutStackTop()),
                        "the template expects a value this page does not have; guard it with ?? or !"));
            } catch (RuntimeException e) {
                // a page model or a template function met data it could not handle: report the page, keep building the others
                return Outcome.failed(source, Problem.error("theme.render", Position.ofFile(source == null ? "theme" : source),
                        "cannot render " + path + ": " + e, "check the values on this page; if they look right, this is a bug in Playbook"));
            } catch (IOException e) {
                return Outcome.failed(source, Problem.error("theme.missing", Position.ofFile("theme"),
                        "no template for " + path + ": tried " + String.join(", ", templates), null));
            }
        }

        private static String firstLine(String text) {
            int newline = text.indexOf('\n');
            return newline < 0 ? text : text.substring(0, newline);
        }
    }

    private record Outcome(String source, Optional<RenderedPage> page, Optional<Problem> problem) {
        static Outcome failed(String source, Problem problem) {
            return new Outcome(source, Optional.empty(), Optional.of(problem));
        }
    }
}
