package dev.playbook.render;

import dev.playbook.model.ContentKind;
import dev.playbook.model.Catalog;
import dev.playbook.model.Completeness;
import dev.playbook.model.Freshness;
import dev.playbook.model.Document;
import dev.playbook.model.GuideHtml;
import dev.playbook.model.GuidePage;
import dev.playbook.model.MarkupFormatter;
import dev.playbook.model.PageHeader;
import dev.playbook.model.PullThrough;
import dev.playbook.model.Book;
import dev.playbook.model.StructuredDocument;
import dev.playbook.model.UrlPaths;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the {@code page} hash a template sees for one page. Every {@code url} in it is URL text, percent-encoded by
 * {@link UrlPaths} where it is put in; lookups and comparisons inside use the paths.
 */
final class PageModel {

    private final RenderInput input;
    private final MarkupFormatter formatter;
    /** Related guides shown on a guide: enough to move on, few enough that pages stay small in big playbooks. */
    static final int RELATED_GUIDES = 8;

    private final Map<String, List<Map<String, Object>>> guidesByStage;
    private final SiteAddress address;
    /** Each page of a playbook (book), by its path, with the pages before and after it in the navigation's order. */
    private final Map<String, Map<String, Object>> neighbours;
    /**
     * The roles' names by id: all that pages show of a role besides its own page (a link with its name), so that an edit
     * to what a role does leaves every other page's model as it was.
     */
    private final Map<String, String> roleNames = new LinkedHashMap<>();

    PageModel(RenderInput input, Listings listings, MarkupFormatter formatter, SiteAddress address) {
        this.input = input;
        this.formatter = formatter;
        this.address = address;
        input.catalog().roles().forEach((id, role) -> roleNames.put(id, role.name()));
        this.neighbours = listings.neighbours();
        this.guidesByStage = listings.guidesByStage();
    }

    /**
     * The pages before and after each page of a book, and the guides of each stage: made of the documents' paths, kinds
     * and headers alone (the {@link Outline}), so a warm renderer keeps them, the very objects, while the outline is the same.
     */
    record Listings(Map<String, Map<String, Object>> neighbours, Map<String, List<Map<String, Object>>> guidesByStage) {

        static Listings of(dev.playbook.model.Playbook playbook, SiteModel site) {
            Map<String, Map<String, Object>> neighbours = new java.util.HashMap<>();
            for (Book book : Book.values()) {
                List<Document> pages = site.pagesOf(book);
                List<Map<String, Object>> links = SiteModel.pageLinks(pages);
                for (int i = 0; i < links.size(); i++) {
                    Map<String, Object> around = new LinkedHashMap<>();
                    if (i > 0) {
                        around.put("previous", links.get(i - 1));
                    }
                    if (i < links.size() - 1) {
                        around.put("next", links.get(i + 1));
                    }
                    neighbours.put(pages.get(i).outputPath(), around);
                }
            }
            Map<String, List<GuidePage>> guidesOfStage = new LinkedHashMap<>();
            for (GuidePage guide : playbook.guides()) {
                for (String stage : guide.header().stages()) {
                    guidesOfStage.computeIfAbsent(stage, s -> new ArrayList<>()).add(guide);
                }
            }
            Map<GuidePage, Map<String, Object>> links = new java.util.IdentityHashMap<>();
            Map<String, List<Map<String, Object>>> byStage = new LinkedHashMap<>();
            guidesOfStage.forEach((stage, guides) -> byStage.put(stage, guides.stream()
                    .sorted(forStage(stage))
                    // built once per guide: its summary is rendered once, not per page or per stage
                    .map(guide -> links.computeIfAbsent(guide, PageModel::guideLink))
                    .toList()));
            return new Listings(neighbours, byStage);
        }
    }

    /**
     * The order of a stage's guides: those written for this stage first (it is the first they name), then by
     * their {@code order}, then by title, so the guide a rep needs at a stage is not behind the ones that
     * only touch it.
     */
    private static java.util.Comparator<GuidePage> forStage(String stage) {
        return java.util.Comparator.<GuidePage>comparingInt(guide -> guide.header().stages().get(0).equals(stage) ? 0 : 1)
                .thenComparingInt(guide -> guide.header().order())
                .thenComparing(guide -> String.valueOf(guide.header().title()))
                .thenComparing(GuidePage::path);
    }

    /**
     * Everything {@link #forDocument} reads besides the document itself and its guide body: with an equal context,
     * a document that did not change gets an equal model, so a warm renderer need not build it again (see
     * {@link PageInputs}). Whatever forDocument comes to read from the input must be added here. The pull-through
     * page reads more (the computed model, metric and stage names) and is always built.
     */
    Map<String, Object> documentContext() {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("config", input.playbook().config());
        context.put("roleNames", roleNames);
        context.put("today", input.today());
        context.put("version", input.version());
        context.put("neighbours", neighbours);
        context.put("stageGuides", guidesByStage);
        return context;
    }

    /** The hash of {@code document}'s page at {@code path} (its own, or its book's or the home page's landing page). */
    Map<String, Object> forDocument(Document document, String kind, String path) {
        Map<String, Object> page = base(kind, document.header().title(), path, SiteModel.bookOf(document));
        PageHeader header = document.header();
        putIfPresent(page, "owner", header.owner());
        roleName(header.owner()).ifPresent(name -> {
            page.put("ownerName", name);
            page.put("ownerUrl", roleUrl(header.owner()));
        });
        putIfPresent(page, "lastReviewed", header.lastReviewed());
        Freshness.parse(header.lastReviewed()).ifPresent(reviewed -> {
            page.put("reviewAgeDays", Freshness.ageInDays(reviewed, input.today()));
            page.put("reviewOverdue", Freshness.isOverdue(reviewed, input.today(), input.playbook().config().reviewCadenceDays()));
            // the browser works "overdue" out again from the reader's date (assets/review.js): a site outlives its build
            page.put("reviewDue", Freshness.due(reviewed, input.playbook().config().reviewCadenceDays()).toString());
        });
        if (header.summary() != null) {
            page.put("summary", summary(document, false));
            page.put("description", document instanceof GuidePage
                    ? PlainText.shorten(header.summary()) : PlainText.of(formatter.toHtml(header.summary(), false)));
        }
        input.playbook().config().site().editUrl(document.path()).ifPresent(edit -> page.put("editUrl", edit));
        page.put("neighbours", neighbours.getOrDefault(path, Map.of()));
        page.put("audience", header.audience().stream().map(this::roleLink).toList());
        page.put("stages", header.stages());
        page.put("stageGuides", guidesByStage);
        page.put("guides", relatedGuides(document));
        page.put("source", document.path());
        if (document instanceof StructuredDocument structured) {
            page.put("data", structured.data().toPlain());
            if (structured.kind().equals(ContentKind.PULL_THROUGH.id())) {
                input.pullThrough().ifPresent(model -> page.put("computed", computed(model)));
            }
        } else {
            GuideHtml html = input.guides().get(document.path());
            if (html != null) {
                page.put("body", Markup.of(html.html()));
                page.put("toc", html.toc().stream().map(t -> Map.of("level", t.level(), "id", t.id(), "fragment", UrlPaths.segment(t.id()),
                        "text", t.text())).toList());
            }
        }
        return page;
    }

    Map<String, Object> forBook(Book book, List<Document> pages, Optional<Document> intro) {
        Map<String, Object> page = intro.map(d -> forDocument(d, "section", SiteModel.bookUrl(book)))
                .orElseGet(() -> base("section", book.title(), SiteModel.bookUrl(book), Optional.of(book)));
        if (page.get("title") == null) {
            page.put("title", book.title());
        }
        // the landing page of a book has no crumb for itself
        page.put("breadcrumbs", List.of(crumb("Home", "index.html")));
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Document document : pages) {
            Map<String, Object> entry = new LinkedHashMap<>(SiteModel.pageLinks(List.of(document)).get(0));
            if (document.header().summary() != null) {
                entry.put("summary", summary(document, true));
            }
            putIfPresent(entry, "owner", document.header().owner());
            roleName(document.header().owner()).ifPresent(name -> entry.put("ownerName", name));
            putIfPresent(entry, "lastReviewed", document.header().lastReviewed());
            entries.add(entry);
        }
        page.put("sectionPages", entries);
        page.put("playbook", book.id());
        page.put("playbookTitle", book.title());
        return page;
    }

    Map<String, Object> forHome(Optional<Document> intro) {
        Map<String, Object> page = intro.map(d -> forDocument(d, "home", "index.html"))
                .orElseGet(() -> base("home", input.playbook().config().title(), "index.html", Optional.empty()));
        if (page.get("title") == null) {
            page.put("title", input.playbook().config().title());
        }
        page.put("breadcrumbs", List.of());
        return page;
    }

    /** Reads the completeness, the roles and the documents' paths, and the context: see the page's {@link PageInputs}. */
    Map<String, Object> forCompleteness() {
        Map<String, Object> page = base("completeness", "Completeness", COMPLETENESS_PAGE, Optional.empty());
        Completeness completeness = input.completeness();
        page.put("overall", score(completeness.overall()));
        page.put("playbooks", completeness.books().stream().map(p -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", p.book().map(dev.playbook.model.Book::id).orElse("playbook"));
            entry.put("title", p.title());
            entry.put("score", score(p.score()));
            entry.put("sections", p.documents().stream().map(document -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("title", document.title());
                row.put("source", document.path());
                boolean isPage = dev.playbook.model.OutputPaths.isPageSource(document.path())
                        && !document.path().equals(dev.playbook.model.PlaybookConfig.FILE_NAME);
                row.put("url", isPage ? UrlPaths.path(dev.playbook.model.OutputPaths.pageFor(document.path())) : "");
                row.put("score", score(document.score()));
                row.put("gaps", document.gaps());
                return (Map<String, Object>) row;
            }).toList());
            return (Map<String, Object>) entry;
        }).toList());
        page.put("missing", completeness.missing().stream().map(kind -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", kind.id());
            entry.put("noun", kind.noun());
            entry.put("book", kind.book().title());
            entry.put("reference", ProjectDocs.reference(kind));
            entry.put("example", ProjectDocs.example(kind));
            return (Map<String, Object>) entry;
        }).toList());
        page.put("owners", failuresByOwner(completeness.failures()));
        return page;
    }

    /** Failed checks listed per owner on the Completeness page; the rest are counted, and {@code playbook check} lists them all. */
    static final int FAILURES_PER_OWNER = 25;

    /** The head of a group of rows by owner (role id, or "" for none): the owner, the role's name, its page when known. */
    private Map<String, Object> ownerGroup(String owner) {
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("owner", owner);
        Optional<String> name = owner.isEmpty() ? Optional.empty() : roleName(owner);
        group.put("name", name.orElse(owner.isEmpty() ? "No owner" : owner));
        name.ifPresent(n -> group.put("url", roleUrl(owner)));
        return group;
    }

    /** The failed checks, one group per owner (in the scorer's order: owners by id, unowned files last). */
    private List<Map<String, Object>> failuresByOwner(List<Completeness.Failure> failures) {
        // looked up once per failure: a set, not a walk over every document each time
        java.util.Set<String> documents = input.playbook().documents().stream()
                .map(dev.playbook.model.Document::path).collect(java.util.stream.Collectors.toSet());
        Map<String, Map<String, Object>> groups = new LinkedHashMap<>();
        for (Completeness.Failure failure : failures) {
            String key = failure.owner().orElse("");
            Map<String, Object> group = groups.computeIfAbsent(key, owner -> {
                Map<String, Object> entry = ownerGroup(owner);
                entry.put("failures", new ArrayList<Map<String, Object>>());
                entry.put("more", 0);
                return entry;
            });
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> listed = (List<Map<String, Object>>) group.get("failures");
            if (listed.size() == FAILURES_PER_OWNER) {
                group.put("more", (Integer) group.get("more") + 1);
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("title", failure.title());
            row.put("source", failure.problem().position().format(""));
            boolean isPage = dev.playbook.model.OutputPaths.isPageSource(failure.file())
                    && !failure.file().equals(dev.playbook.model.PlaybookConfig.FILE_NAME)
                    && documents.contains(failure.file());
            row.put("url", isPage ? UrlPaths.path(dev.playbook.model.OutputPaths.pageFor(failure.file())) : "");
            row.put("message", failure.problem().message());
            row.put("severity", failure.problem().severity().label());
            listed.add(row);
        }
        return List.copyOf(groups.values());
    }

    /**
     * The review queue: one group per owner, the group whose next review is due soonest first, each page in it by due
     * date. Days and states are as of the build; the page's script works them out again from the reader's date. Reads
     * the queue, the roles and the context: see the page's {@link PageInputs}.
     */
    Map<String, Object> forReview() {
        Map<String, Object> page = base("review", "Review queue", REVIEW_PAGE, Optional.empty());
        dev.playbook.model.ReviewQueue queue = input.reviewQueue();
        page.put("cadenceDays", queue.cadenceDays());
        page.put("today", queue.today().toString());
        Map<String, Map<String, Object>> groups = new LinkedHashMap<>();
        for (dev.playbook.model.ReviewQueue.Entry entry : queue.entries()) {
            String owner = entry.owner().orElse("");
            Map<String, Object> group = groups.computeIfAbsent(owner, id -> {
                Map<String, Object> g = ownerGroup(id);
                g.put("pages", new ArrayList<Map<String, Object>>());
                return g;
            });
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("title", entry.title());
            row.put("url", UrlPaths.path(dev.playbook.model.OutputPaths.pageFor(entry.file())));
            row.put("source", entry.file());
            entry.lastReviewed().ifPresent(d -> row.put("lastReviewed", d.toString()));
            entry.due().ifPresent(d -> row.put("due", d.toString()));
            entry.daysUntilDue(queue.today()).ifPresent(days -> row.put("daysUntilDue", days));
            row.put("state", entry.state(queue.today()));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> pages = (List<Map<String, Object>>) group.get("pages");
            pages.add(row);
        }
        page.put("owners", List.copyOf(groups.values()));
        return page;
    }

    /** The page a host answers for a path the site does not have; its links start at the site's root wherever it is shown. */
    Map<String, Object> forNotFound() {
        Map<String, Object> page = base("not-found", "Page not found", SiteAddress.NOT_FOUND_PAGE, Optional.empty());
        page.put("root", address.notFoundRoot());
        page.remove("canonical");
        page.put("breadcrumbs", List.of());
        return page;
    }

    Map<String, Object> forSearch() {
        return base("search", "Search", SEARCH_PAGE, Optional.empty());
    }

    Map<String, Object> forRules() {
        Map<String, Object> page = base("rules", "Rules", RULES_PAGE, Optional.empty());
        page.put("rules", input.rules().stream().map(rule -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", rule.id());
            entry.put("severity", rule.severity().label());
            entry.put("title", rule.title());
            entry.put("rationale", rule.rationale());
            entry.put("configurable", rule.configurable());
            return (Map<String, Object>) entry;
        }).toList());
        page.put("reviewCadenceDays", input.playbook().config().reviewCadenceDays());
        return page;
    }

    Map<String, Object> forChanges(dev.playbook.model.VersionHistory history) {
        String name = input.version().map(dev.playbook.model.SiteVersion::name).orElse("");
        Map<String, Object> page = base("changes", "What changed in " + name, CHANGES_PAGE, Optional.empty());
        history.releaseNotes().ifPresent(notes -> page.put("releaseNotes", Markup.of(formatter.toHtml(notes, false))));
        history.changes().ifPresent(changes -> {
            page.put("from", changes.from());
            Map<String, List<Map<String, Object>>> byArea = new LinkedHashMap<>();
            for (dev.playbook.model.ChangeSet.Change change : changes.changes()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("type", change.type().label());
                row.put("subject", change.subject());
                putIfPresent(row, "before", change.before());
                putIfPresent(row, "after", change.after());
                putIfPresent(row, "url", change.page() == null ? null : UrlPaths.link(change.page()));
                byArea.computeIfAbsent(change.area(), a -> new ArrayList<>()).add(row);
            }
            page.put("areas", byArea.entrySet().stream()
                    .map(e -> Map.of("area", e.getKey(), "changes", e.getValue())).toList());
            page.put("summary", changes.summary());
            page.put("edits", changes.edits().stream().map(edit -> Map.of(
                    "title", edit.title(), "url", UrlPaths.link(edit.page()),
                    "blocks", edit.blocks().stream().map(PageModel::diffBlock).toList())).toList());
        });
        return page;
    }

    /** One block of a guide's diff: {kind, type (added, removed, changed; same when folded), cells [[{text, type}]], folded}. */
    private static Map<String, Object> diffBlock(dev.playbook.model.ChangeSet.Block block) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("kind", block.kind());
        entry.put("type", block.type() == null ? "same" : block.type().label());
        entry.put("folded", block.folded());
        entry.put("cells", block.cells().stream().map(cell -> cell.stream().map(w -> Map.of("text", w.text(),
                "type", w.type() == null ? "same" : w.type().label())).toList()).toList());
        return entry;
    }

    Map<String, Object> forChangelog(dev.playbook.model.VersionHistory history) {
        Map<String, Object> page = base("changelog", "Changelog", CHANGELOG_PAGE, Optional.empty());
        page.put("versions", history.versions().stream().map(v -> Map.of(
                "name", v.name(), "path", UrlPaths.path(v.name()) + "/", "date", v.date(), "changes", v.changes(), "summary", v.summary())).toList());
        return page;
    }

    static final String CHANGES_PAGE = dev.playbook.model.OutputPaths.CHANGES;
    static final String CHANGELOG_PAGE = dev.playbook.model.OutputPaths.CHANGELOG;
    static final String COMPLETENESS_PAGE = dev.playbook.model.OutputPaths.COMPLETENESS;
    static final String RULES_PAGE = dev.playbook.model.OutputPaths.RULES;
    static final String REVIEW_PAGE = dev.playbook.model.OutputPaths.REVIEW;
    static final String SEARCH_PAGE = dev.playbook.model.OutputPaths.SEARCH;

    private static Map<String, Object> score(Completeness.Score score) {
        return Map.of("passed", score.passed(), "total", score.total(), "percent", score.percent(), "label", score.label(),
                "started", score.started(), "complete", score.complete());
    }

    /**
     * A guide's summary is one plain sentence of front matter, printed escaped; a structured page's
     * summary is Markdown. Converting thousands of guide summaries on every listing would dominate big builds.
     */
    private Object summary(Document document, boolean inline) {
        String summary = document.header().summary();
        return document instanceof GuidePage ? summary : Markup.of(formatter.toHtml(summary, inline));
    }

    /** The hash every page starts from, for the page at {@code path}. */
    Map<String, Object> base(String kind, String title, String path, Optional<Book> book) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("kind", kind);
        page.put("title", title);
        String url = UrlPaths.path(path);
        page.put("url", url);
        String root = "../".repeat((int) path.chars().filter(c -> c == '/').count());
        page.put("root", root);
        address.canonical(url, root).ifPresent(canonical -> page.put("canonical", canonical));
        List<Map<String, Object>> crumbs = new ArrayList<>();
        crumbs.add(crumb("Home", "index.html"));
        book.ifPresent(s -> {
            page.put("playbook", s.id());
            page.put("playbookTitle", s.title());
            crumbs.add(crumb(s.title(), SiteModel.bookUrl(s)));
        });
        page.put("breadcrumbs", crumbs);
        page.put("audience", List.of());
        page.put("guides", List.of());
        page.put("stageGuides", Map.of());
        page.put("toc", List.of());
        return page;
    }

    private List<Map<String, Object>> relatedGuides(Document document) {
        if (!(document instanceof GuidePage guide) || guide.header().stages().isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, Object>> related = new LinkedHashMap<>();
        String own = UrlPaths.path(document.outputPath());
        for (String stage : guide.header().stages()) {
            for (Map<String, Object> link : guidesByStage.getOrDefault(stage, List.of())) {
                if (related.size() == RELATED_GUIDES) {
                    return List.copyOf(related.values());
                }
                if (!link.get("url").equals(own)) {
                    related.putIfAbsent((String) link.get("url"), link);
                }
            }
        }
        return List.copyOf(related.values());
    }

    private static Map<String, Object> guideLink(GuidePage guide) {
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("title", guide.header().title() == null ? guide.path() : guide.header().title());
        link.put("url", UrlPaths.path(guide.outputPath()));
        if (guide.header().summary() != null) {
            link.put("summary", guide.header().summary());
        }
        return link;
    }

    private Map<String, Object> roleLink(String id) {
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("id", id);
        Optional<String> name = roleName(id);
        link.put("name", name.orElse(id));
        name.ifPresent(n -> link.put("url", roleUrl(id)));
        return link;
    }

    /** The name of the role {@code id}, when there is such a role. */
    private Optional<String> roleName(String id) {
        return Optional.ofNullable(id).map(roleNames::get);
    }

    private static String roleUrl(String id) {
        return UrlPaths.path(dev.playbook.model.RoleView.pagePath(id));
    }

    private Map<String, Object> computed(PullThrough model) {
        Map<String, Object> computed = new LinkedHashMap<>();
        computed.put("dealsPerYear", round(model.dealsPerYear(), 1));
        computed.put("dealsPerWeek", round(model.perWeek(model.dealsPerYear()), 2));
        computed.put("winStage", volume(model, model.winStage()));
        computed.put("funnel", model.funnel().stream().map(v -> volume(model, v)).toList());
        computed.put("pipelineNeeded", Math.round(model.pipelineNeeded()));
        computed.put("coverage", round(model.coverage(), 2));
        computed.put("coverageMin", model.coverageMin());
        computed.put("coverageMax", model.coverageMax());
        computed.put("coverageInRange", model.coverageInRange());
        computed.put("activities", model.activities().stream().map(a -> activity(model, a)).toList());
        return computed;
    }

    /** One activity of the pull-through model as the pull-through page and the role pages show it, rounded the same. */
    Map<String, Object> activity(PullThrough model, PullThrough.ActivityVolume a) {
        Map<String, Object> activity = new LinkedHashMap<>();
        activity.put("metric", a.metric());
        activity.put("metricName", name(input.catalog().metrics(), a.metric()));
        activity.put("perStage", a.perStage());
        activity.put("perStageName", name(input.catalog().stages(), a.perStage()));
        activity.put("ratio", a.ratio());
        activity.put("perYear", Math.round(a.perYear()));
        activity.put("perWeek", round(model.perWeek(a.perYear()), 1));
        return activity;
    }

    /** The guides written for a stage, as its page lists them. */
    Map<String, List<Map<String, Object>>> guidesByStage() {
        return guidesByStage;
    }

    private Map<String, Object> volume(PullThrough model, PullThrough.StageVolume volume) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("stage", volume.stage());
        map.put("name", name(input.catalog().stages(), volume.stage()));
        map.put("conversionRate", volume.conversionRate());
        map.put("entriesPerYear", round(volume.entriesPerYear(), 1));
        map.put("entriesPerWeek", round(model.perWeek(volume.entriesPerYear()), 1));
        return map;
    }

    private static String name(Map<String, Catalog.Entity> entities, String id) {
        Catalog.Entity entity = entities.get(id);
        return entity == null ? id : entity.name();
    }

    private static double round(double value, int decimals) {
        return java.math.BigDecimal.valueOf(value).setScale(decimals, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    /** A breadcrumb to the page at {@code path}. */
    static Map<String, Object> crumb(String title, String path) {
        return Map.of("title", title, "url", UrlPaths.path(path));
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
