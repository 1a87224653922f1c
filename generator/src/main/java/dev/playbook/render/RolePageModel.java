package dev.playbook.render;

import dev.playbook.model.Book;
import dev.playbook.model.Document;
import dev.playbook.model.GuidePage;
import dev.playbook.model.MapNode;
import dev.playbook.model.OutputPaths;
import dev.playbook.model.RoleView;
import dev.playbook.model.StructuredDocument;
import dev.playbook.model.TakeAways;
import dev.playbook.model.UrlPaths;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code page} hash of a role page ({@code role.ftlh}): a {@link RoleView} with the links and the YAML of the
 * documents it refers to. Stages, metrics and roles are left as ids: the template looks them up in {@code site},
 * as every other page does, so a stage's exit criteria are the very values the sales process page shows.
 */
final class RolePageModel {

    private final RenderInput input;
    private final PageModel pages;
    private final Map<String, Document> byPath = new HashMap<>();

    RolePageModel(RenderInput input, PageModel pages) {
        this.input = input;
        this.pages = pages;
        input.playbook().documents().forEach(d -> byPath.put(d.path(), d));
    }

    Map<String, Object> forRole(RoleView view) {
        Optional<Document> rolesPage = Optional.ofNullable(input.catalog().roles().get(view.id()))
                .map(role -> byPath.get(role.pagePath()));
        Optional<Book> book = rolesPage.flatMap(SiteModel::bookOf);
        Map<String, Object> page = pages.base("role", view.name(), RoleView.pagePath(view.id()), book);
        rolesPage.ifPresent(roles -> {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> crumbs = new java.util.ArrayList<>((List<Map<String, Object>>) page.get("breadcrumbs"));
            crumbs.add(PageModel.crumb(title(roles), roles.outputPath()));
            page.put("breadcrumbs", crumbs);
            page.put("rolesPage", link(roles));
            putIfPresent(page, "lastReviewed", roles.header().lastReviewed());
            putIfPresent(page, "owner", roles.header().owner());
            Optional.ofNullable(roles.header().owner()).map(o -> input.catalog().roles().get(o)).ifPresent(owner -> {
                page.put("ownerName", owner.name());
                page.put("ownerUrl", UrlPaths.path(RoleView.pagePath(owner.id())));
            });
        });
        page.put("roleId", view.id());
        page.put("owns", view.ownedStages());
        page.put("supports", view.supportedStages());
        page.put("ownsNothing", view.ownsNothing());
        page.put("gives", view.gives().stream().map(this::handoff).toList());
        page.put("receives", view.receives().stream().map(this::handoff).toList());
        page.put("inputMetrics", view.inputMetrics());
        input.pullThrough().ifPresent(model -> {
            page.put("weekly", view.weeklyActivities().stream().map(a -> pages.activity(model, a)).toList());
            page.put("sellingWeeks", model.sellingWeeks());
        });
        input.playbook().firstOfKind(dev.playbook.model.ContentKind.PULL_THROUGH).ifPresent(d -> page.put("pullThrough", link(d)));
        view.compensationPlan().ifPresent(plan -> {
            Map<String, Object> compensation = new LinkedHashMap<>(plan.toPlain());
            documentOf(dev.playbook.model.ContentKind.COMPENSATION, plan).ifPresent(d -> compensation.put("page", link(d)));
            page.put("compensation", compensation);
        });
        view.hiring().ifPresent(hiring -> page.put("hiring", hiring(hiring)));
        page.put("objectives", view.objectives().stream().map(this::objectives).toList());
        page.put("roleGuides", view.guides().stream().map(byPath::get).filter(GuidePage.class::isInstance)
                .map(d -> guide((GuidePage) d)).toList());
        page.put("sources", view.sources().stream().map(byPath::get).filter(java.util.Objects::nonNull).map(d -> {
            Map<String, Object> source = link(d);
            putIfPresent(source, "lastReviewed", d.header().lastReviewed());
            return source;
        }).toList());
        if (input.takeAways().pdf()) {
            page.put("pdf", UrlPaths.path(TakeAways.rolePdf(view.id(), input.version().map(v -> v.name()))));
        }
        return page;
    }

    private Map<String, Object> handoff(RoleView.Handoff handoff) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("from", handoff.from());
        map.put("to", handoff.to());
        handoff.stage().ifPresent(stage -> map.put("stage", stage));
        map.put("trigger", handoff.trigger());
        Optional.ofNullable(byPath.get(handoff.source())).ifPresent(d -> map.put("source", link(d)));
        return map;
    }

    private Map<String, Object> hiring(RoleView.Hiring hiring) {
        Map<String, Object> map = new LinkedHashMap<>();
        hiring.formula().map(byPath::get).filter(StructuredDocument.class::isInstance).map(StructuredDocument.class::cast).ifPresent(formula -> {
            Map<String, Object> plain = new LinkedHashMap<>(formula.data().toPlain());
            plain.put("page", link(formula));
            map.put("formula", plain);
        });
        hiring.interviewsIn().map(byPath::get).filter(StructuredDocument.class::isInstance).map(StructuredDocument.class::cast).ifPresent(formula -> {
            map.put("interviews", formula.data().maps("characteristics").stream()
                    .filter(c -> hiring.interviews().contains(c.text("id").orElse("")))
                    .map(MapNode::toPlain).toList());
            map.put("interviewsPage", link(formula));
        });
        return map;
    }

    private Map<String, Object> objectives(RoleView.Objectives objectives) {
        Map<String, Object> map = new LinkedHashMap<>();
        Optional.ofNullable(byPath.get(objectives.source())).ifPresent(d -> map.put("page", link(d)));
        objectives.period().ifPresent(period -> map.put("period", period));
        map.put("objectives", objectives.owned().stream().map(MapNode::toPlain).toList());
        return map;
    }

    private Map<String, Object> guide(GuidePage guide) {
        Map<String, Object> map = link(guide);
        putIfPresent(map, "summary", guide.header().summary());
        map.put("stages", guide.header().stages().stream().filter(input.catalog().stages()::containsKey).toList());
        return map;
    }

    /** The document of {@code kind} that holds {@code node}: plans are found by identity, not by value. */
    private Optional<StructuredDocument> documentOf(dev.playbook.model.ContentKind kind, MapNode node) {
        return input.playbook().ofKind(kind).stream()
                .filter(d -> d.data().maps("plans").stream().anyMatch(p -> p == node)).findFirst();
    }

    private static Map<String, Object> link(Document document) {
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("title", title(document));
        link.put("url", UrlPaths.path(document.outputPath()));
        return link;
    }

    private static String title(Document document) {
        return document.header().title() == null ? document.path() : document.header().title();
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
