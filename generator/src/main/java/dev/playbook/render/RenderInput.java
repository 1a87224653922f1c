package dev.playbook.render;

import dev.playbook.model.Catalog;
import dev.playbook.model.Completeness;
import dev.playbook.model.RuleInfo;
import dev.playbook.model.ReviewQueue;
import dev.playbook.model.SiteVersion;
import dev.playbook.model.VersionHistory;
import dev.playbook.model.GuideHtml;
import dev.playbook.model.Playbook;
import dev.playbook.model.PullThrough;
import dev.playbook.model.RoleView;
import dev.playbook.model.TakeAways;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the renderer needs: the model, its catalog, converted guide bodies by path, computed models,
 * and the sources already known to be invalid, whose render failures would only repeat their problems.
 * {@code roleViews} become the role pages; {@code takeAways} says which downloads the build makes, so pages link them.
 * {@code outline}, from a warm pipeline, lets a warm renderer see which pages are unchanged ({@link dev.playbook.model.Outline}).
 */
public record RenderInput(Playbook playbook, Catalog catalog, Map<String, GuideHtml> guides,
                          Optional<PullThrough> pullThrough, String generator, Set<String> invalidSources,
                          LocalDate today, Completeness completeness, ReviewQueue reviewQueue, List<RuleInfo> rules,
                          Optional<SiteVersion> version, Optional<VersionHistory> history,
                          List<RoleView> roleViews, TakeAways takeAways, Optional<dev.playbook.model.Outline> outline) {

    public RenderInput {
        invalidSources = Set.copyOf(invalidSources);
        rules = List.copyOf(rules);
        roleViews = List.copyOf(roleViews);
    }
}
