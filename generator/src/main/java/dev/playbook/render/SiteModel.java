package dev.playbook.render;

import dev.playbook.model.Catalog;
import dev.playbook.model.ContentKind;
import dev.playbook.model.Document;
import dev.playbook.model.GuidePage;
import dev.playbook.model.MarkupFormatter;
import dev.playbook.model.Playbook;
import dev.playbook.model.Book;
import dev.playbook.model.StructuredDocument;
import dev.playbook.model.UrlPaths;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code site} hash every template sees: title, navigation, and lookup tables for roles,
 * stages and metrics with their URLs. Built once per render and shared by all pages. Every URL in it is
 * percent-encoded ({@link UrlPaths}); the methods that give paths say so.
 */
final class SiteModel {

    /** Guides listed per playbook in the navigation; the playbook's own page lists them all. */
    static final int NAV_GUIDE_LIMIT = 40;
    static final String HOME_SOURCE = Book.HOME_SOURCE;
    /** The key of the glossary (its page and abbreviations), which the renderer marks on every page. */
    static final String GLOSSARY = "glossary";

    private final Playbook playbook;
    private final Catalog catalog;
    private final Map<String, Object> hash;
    private final dev.playbook.model.Glossary glossary;
    /** Each book's pages in navigation order: sorted once per render, read by the navigation, the jobs and the page models. */
    private final Map<Book, List<Document>> pagesByBook = new java.util.EnumMap<>(Book.class);

    SiteModel(Playbook playbook, Catalog catalog, MarkupFormatter formatter, String generator,
              java.util.Optional<dev.playbook.model.SiteVersion> version, SiteAddress address, dev.playbook.model.TakeAways takeAways) {
        this.playbook = playbook;
        this.catalog = catalog;
        for (Book book : Book.values()) {
            pagesByBook.put(book, pagesOf(playbook, book));
        }
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("title", playbook.config().title());
        site.put("company", playbook.config().company());
        site.put("currency", playbook.config().currency());
        playbook.config().description().ifPresent(description -> {
            String html = formatter.toHtml(description, false);
            site.put("description", Markup.of(html));
            site.put("descriptionText", PlainText.of(html));
        });
        dev.playbook.model.SiteSettings settings = playbook.config().site();
        settings.logo().ifPresent(logo -> site.put("logo", UrlPaths.path(logo)));
        settings.favicon().ifPresent(favicon -> site.put("favicon", UrlPaths.path(favicon)));
        address.absolute("").ifPresent(url -> site.put("url", url));
        settings.logo().flatMap(address::absolute).ifPresent(url -> site.put("logoUrl", url));
        // the schema reports a colour of another shape; the theme's own accent stays until it is fixed
        settings.accentColor().filter(c -> c.matches("#[0-9a-fA-F]{6}")).ifPresent(c -> site.put("accent", AccentPalette.of(c)));
        site.put("generator", generator);
        // one of several versions published side by side: pages get a version switcher
        version.ifPresent(v -> site.put("version", Map.of("name", v.name(), "draft", v.draft(), "path", UrlPaths.path(v.name()) + "/")));
        site.put("nav", navigation());
        site.put("roles", entities(Catalog.RefType.ROLE));
        site.put("stages", entities(Catalog.RefType.STAGE));
        site.put("metrics", entities(Catalog.RefType.METRIC));
        site.put("stageOrder", catalog.stageOrder());
        site.put("downloads", downloads(takeAways, version.map(dev.playbook.model.SiteVersion::name)));
        // in the site hash, so that a warm renderer renders every page again when an abbreviation's term changes
        this.glossary = dev.playbook.model.Glossary.from(playbook);
        glossaryPage().ifPresent(page -> site.put(GLOSSARY, Map.of("url", UrlPaths.path(page), "abbreviations", glossary.abbreviations())));
        List<Map<String, Object>> generated = new java.util.ArrayList<>();
        if (version.isPresent()) {
            generated.add(Map.of("title", "What changed", "url", PageModel.CHANGES_PAGE));
            generated.add(Map.of("title", "Changelog", "url", PageModel.CHANGELOG_PAGE));
        }
        generated.add(Map.of("title", "Completeness", "url", PageModel.COMPLETENESS_PAGE));
        generated.add(Map.of("title", "Review queue", "url", PageModel.REVIEW_PAGE));
        generated.add(Map.of("title", "Rules", "url", PageModel.RULES_PAGE));
        site.put("generatedPages", List.copyOf(generated));
        site.put("otherPages", pageLinks(playbook.documents().stream()
                .filter(d -> bookOf(d).isEmpty() && !isLandingPage(d)).toList()));
        this.hash = Map.copyOf(site);
    }

    /** The output path of the glossary's page, when the playbook has a glossary. */
    Optional<String> glossaryPage() {
        return glossary.path().map(dev.playbook.model.OutputPaths::pageFor);
    }

    AbbreviationMarker abbreviationMarker() {
        return new AbbreviationMarker(glossary.abbreviations(), glossaryPage());
    }

    Map<String, Object> hash() {
        return hash;
    }

    /** Pages of one playbook in navigation order: structured kinds in their fixed order, then guides. */
    List<Document> pagesOf(Book book) {
        return pagesByBook.get(book);
    }

    static List<Document> pagesOf(Playbook playbook, Book book) {
        return playbook.documents().stream()
                .filter(d -> bookOf(d).filter(book::equals).isPresent())
                .filter(d -> !isLandingPage(d))
                .sorted(NAVIGATION_ORDER)
                .toList();
    }

    static Optional<Book> bookOf(Document document) {
        return document.header().bookIfAny();
    }

    static boolean isLandingPage(Document document) {
        return document instanceof GuidePage && Book.isIntroduction(document.path());
    }

    /** The path of a book's landing page. */
    static String bookUrl(Book book) {
        return book.id() + "/index.html";
    }

    private static final Comparator<Document> NAVIGATION_ORDER = Comparator
            .comparingInt((Document d) -> d instanceof StructuredDocument s
                    ? ContentKind.byId(s.kind()).map(Enum::ordinal).orElse(ContentKind.values().length)
                    : ContentKind.values().length + 1)
            .thenComparingInt(d -> d.header().order())
            .thenComparing(d -> String.valueOf(d.header().title()))
            .thenComparing(Document::path);

    private List<Map<String, Object>> navigation() {
        List<Map<String, Object>> books = new ArrayList<>();
        for (Book book : Book.values()) {
            List<Document> pages = pagesOf(book);
            List<Document> shown = new ArrayList<>();
            int guides = 0;
            for (Document page : pages) {
                if (page instanceof StructuredDocument || guides++ < NAV_GUIDE_LIMIT) {
                    shown.add(page);
                }
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", book.id());
            entry.put("title", book.title());
            entry.put("url", UrlPaths.path(bookUrl(book)));
            entry.put("pages", pageLinks(shown));
            entry.put("total", pages.size());
            books.add(entry);
        }
        return books;
    }

    static List<Map<String, Object>> pageLinks(List<Document> documents) {
        return documents.stream().map(d -> {
            Map<String, Object> link = new LinkedHashMap<>();
            link.put("title", d.header().title() == null ? d.path() : d.header().title());
            link.put("url", UrlPaths.path(d.outputPath()));
            link.put("kind", d.kind());
            return (Map<String, Object>) link;
        }).toList();
    }

    /** The files a reader can take away, when the build makes them: {@code pdf} and {@code offline}, their URLs. */
    private static Map<String, Object> downloads(dev.playbook.model.TakeAways takeAways, Optional<String> version) {
        Map<String, Object> downloads = new LinkedHashMap<>();
        if (takeAways.pdf()) {
            downloads.put("pdf", UrlPaths.path(dev.playbook.model.TakeAways.playbookPdf(version)));
        }
        if (takeAways.offline()) {
            downloads.put("offline", UrlPaths.path(dev.playbook.model.TakeAways.offlinePack(version)));
        }
        return downloads;
    }

    /**
     * The paths of the pages in the order a reader meets them: home, then each playbook's landing page and its pages in
     * navigation order, then the pages outside the three playbooks. The whole playbook prints in this order.
     */
    List<String> readingOrder() {
        List<String> order = new ArrayList<>();
        order.add(dev.playbook.model.OutputPaths.HOME);
        for (Book book : Book.values()) {
            order.add(bookUrl(book));
            pagesOf(book).forEach(d -> order.add(d.outputPath()));
        }
        playbook.documents().stream().filter(d -> bookOf(d).isEmpty() && !isLandingPage(d)).forEach(d -> order.add(d.outputPath()));
        return List.copyOf(order);
    }

    private Map<String, Object> entities(Catalog.RefType type) {
        Map<String, Object> entities = new LinkedHashMap<>();
        for (Catalog.Entity entity : catalog.of(type).values()) {
            Map<String, Object> fields = new LinkedHashMap<>(entity.fields().toPlain());
            fields.put("id", entity.id());
            fields.put("name", entity.name());
            // a role has a page of its own (RoleView), where every mention of it leads
            fields.put("url", UrlPaths.link(type == Catalog.RefType.ROLE ? dev.playbook.model.RoleView.pagePath(entity.id())
                    : dev.playbook.model.OutputPaths.pageFor(entity.pagePath()) + "#" + type.anchor(entity.id())));
            entities.put(entity.id(), fields);
        }
        return entities;
    }
}
