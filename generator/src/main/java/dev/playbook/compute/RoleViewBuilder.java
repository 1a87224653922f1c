package dev.playbook.compute;

import dev.playbook.model.Catalog;
import dev.playbook.model.ContentKind;
import dev.playbook.model.GuidePage;
import dev.playbook.model.MapNode;
import dev.playbook.model.Playbook;
import dev.playbook.model.PullThrough;
import dev.playbook.model.RoleView;
import dev.playbook.model.StructuredDocument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Gathers, for every role of the catalogue, what the playbook says about it in other pages (see {@link RoleView}).
 * It only selects and orders what the documents and the pull-through model hold; it writes no text of its own.
 */
public final class RoleViewBuilder {

    /** One view per role, in the order the roles file lists them. */
    public List<RoleView> build(Playbook playbook, Catalog catalog, Optional<PullThrough> pullThrough) {
        List<Stage> stages = stages(catalog);
        List<RoleView.Handoff> handoffs = handoffs(playbook, stages);
        // one pass over the guides, not one per role: a playbook may have thousands
        Map<String, List<GuidePage>> guidesFor = new java.util.HashMap<>();
        for (GuidePage guide : playbook.guides()) {
            if (!dev.playbook.model.Book.isIntroduction(guide.path())) {
                // a role named twice in an audience lists the guide once
                guide.header().audience().stream().distinct().forEach(id -> guidesFor.computeIfAbsent(id, r -> new ArrayList<>()).add(guide));
            }
        }
        return catalog.roles().values().stream()
                .map(role -> view(role, playbook, catalog, stages, handoffs, pullThrough, guidesFor.getOrDefault(role.id(), List.of())))
                .toList();
    }

    private RoleView view(Catalog.Entity role, Playbook playbook, Catalog catalog, List<Stage> stages,
                          List<RoleView.Handoff> handoffs, Optional<PullThrough> pullThrough, List<GuidePage> forRole) {
        String id = role.id();
        Set<String> sources = new LinkedHashSet<>();
        sources.add(role.pagePath());
        List<String> owned = stages.stream().filter(s -> s.owner().equals(id)).map(Stage::id).toList();
        List<String> supported = stages.stream().filter(s -> !s.owner().equals(id) && s.supporting().contains(id)).map(Stage::id).toList();
        stages.stream().filter(s -> owned.contains(s.id()) || supported.contains(s.id())).forEach(s -> sources.add(s.source()));

        List<RoleView.Handoff> gives = handoffs.stream().filter(h -> h.from().equals(id)).toList();
        List<RoleView.Handoff> receives = handoffs.stream().filter(h -> h.to().equals(id)).toList();
        gives.forEach(h -> sources.add(h.source()));
        receives.forEach(h -> sources.add(h.source()));

        List<PullThrough.ActivityVolume> activities = pullThrough.map(PullThrough::activities).orElse(List.of()).stream()
                .filter(a -> owned.contains(a.perStage())).toList();
        if (!activities.isEmpty()) {
            playbook.firstOfKind(ContentKind.PULL_THROUGH).ifPresent(d -> sources.add(d.path()));
        }
        Set<String> activityMetrics = new LinkedHashSet<>();
        activities.forEach(a -> activityMetrics.add(a.metric()));
        List<String> metrics = catalog.metrics().values().stream()
                .filter(m -> m.fields().text("type").orElse("").equals("input")
                        && (m.fields().text("owner").orElse("").equals(id) || activityMetrics.contains(m.id())))
                .map(Catalog.Entity::id)
                .toList();
        catalog.metrics().values().stream().filter(m -> metrics.contains(m.id())).forEach(m -> sources.add(m.pagePath()));

        Optional<MapNode> plan = Optional.empty();
        for (StructuredDocument document : playbook.ofKind(ContentKind.COMPENSATION)) {
            Optional<MapNode> found = document.data().maps("plans").stream()
                    .filter(p -> p.text("role").orElse("").equals(id)).findFirst();
            if (found.isPresent()) {
                plan = found;
                sources.add(document.path());
                break;
            }
        }

        Optional<RoleView.Hiring> hiring = hiring(id, playbook, sources);
        List<RoleView.Objectives> objectives = new ArrayList<>();
        for (StructuredDocument document : playbook.ofKind(ContentKind.OKRS)) {
            List<MapNode> owns = document.data().maps("objectives").stream()
                    .filter(o -> o.text("owner").orElse("").equals(id)).toList();
            if (!owns.isEmpty()) {
                objectives.add(new RoleView.Objectives(document.path(), document.data().text("period"), owns));
                sources.add(document.path());
            }
        }

        Map<String, Integer> stageIndex = new java.util.HashMap<>();
        for (int i = 0; i < stages.size(); i++) {
            stageIndex.put(stages.get(i).id(), i);
        }
        // a guide's earliest stage is worked out once, not at each of the sort's comparisons (thousands of guides)
        Map<GuidePage, Integer> earliest = new java.util.IdentityHashMap<>();
        List<String> guides = forRole.stream()
                .sorted(Comparator.<GuidePage>comparingInt(g -> earliest.computeIfAbsent(g, guide -> firstStage(guide, stageIndex)))
                        .thenComparingInt(g -> g.header().order())
                        .thenComparing(g -> String.valueOf(g.header().title()))
                        .thenComparing(GuidePage::path))
                .map(GuidePage::path)
                .toList();

        List<String> ordered = playbook.documents().stream().map(d -> d.path()).filter(sources::contains).toList();
        return new RoleView(id, role.name(), owned, supported, gives, receives, metrics, activities, plan, hiring,
                objectives, guides, ordered);
    }

    /** Where a guide sits in the process: the earliest stage it names; a guide that names none comes after all. */
    private static int firstStage(GuidePage guide, Map<String, Integer> stageIndex) {
        return guide.header().stages().stream().filter(stageIndex::containsKey).mapToInt(stageIndex::get)
                .min().orElse(Integer.MAX_VALUE);
    }

    private static Optional<RoleView.Hiring> hiring(String id, Playbook playbook, Set<String> sources) {
        Optional<String> formula = Optional.empty();
        List<String> interviews = new ArrayList<>();
        Optional<String> interviewsIn = Optional.empty();
        for (StructuredDocument document : playbook.ofKind(ContentKind.HIRING_FORMULA)) {
            if (formula.isEmpty() && document.data().texts("roles").contains(id)) {
                formula = Optional.of(document.path());
                sources.add(document.path());
            }
            if (interviewsIn.isEmpty()) {
                List<String> assessed = document.data().maps("characteristics").stream()
                        .filter(c -> c.text("interviewer").orElse("").equals(id))
                        .map(c -> c.text("id").orElse("")).toList();
                if (!assessed.isEmpty()) {
                    interviews.addAll(assessed);
                    interviewsIn = Optional.of(document.path());
                    sources.add(document.path());
                }
            }
        }
        return formula.isEmpty() && interviews.isEmpty() ? Optional.empty()
                : Optional.of(new RoleView.Hiring(formula, interviews, interviewsIn));
    }

    /**
     * Work changes hands where the process moves on to a stage with another owner. Lost stages are left out: a deal
     * ends there rather than moving on (the sales-process schema's {@code outcome}: by default the first closed stage
     * is won and any later one lost). A customer-success document's handoff is one too.
     */
    private static List<RoleView.Handoff> handoffs(Playbook playbook, List<Stage> stages) {
        List<RoleView.Handoff> handoffs = new ArrayList<>();
        Stage previous = null;
        boolean closedSeen = false;
        for (Stage stage : stages) {
            boolean lost = stage.closed() && stage.outcome().map("lost"::equals).orElse(closedSeen);
            closedSeen |= stage.closed();
            if (lost) {
                continue;
            }
            if (previous != null && !previous.owner().isEmpty() && !stage.owner().isEmpty() && !previous.owner().equals(stage.owner())) {
                handoffs.add(new RoleView.Handoff(previous.owner(), stage.owner(), Optional.of(stage.id()),
                        stage.trigger(), stage.source()));
            }
            previous = stage;
        }
        for (StructuredDocument document : playbook.ofKind(ContentKind.CUSTOMER_SUCCESS)) {
            document.data().map("handoff").ifPresent(h -> {
                if (h.text("from").isPresent() && h.text("to").isPresent()) {
                    handoffs.add(new RoleView.Handoff(h.text("from").get(), h.text("to").get(), Optional.empty(),
                            h.text("trigger").orElse(""), document.path()));
                }
            });
        }
        return handoffs;
    }

    private static List<Stage> stages(Catalog catalog) {
        return catalog.stages().values().stream().map(s -> new Stage(s.id(), s.fields().text("owner").orElse(""),
                s.fields().texts("supporting"), s.fields().text("type").orElse("").equals("closed"),
                s.fields().text("outcome"), s.fields().text("handoff_trigger").orElse(""), s.pagePath())).toList();
    }

    private record Stage(String id, String owner, List<String> supporting, boolean closed, Optional<String> outcome,
                         String trigger, String source) {
    }
}
