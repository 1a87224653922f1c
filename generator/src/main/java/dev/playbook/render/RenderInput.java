package dev.playbook.render;

import dev.playbook.model.Catalog;
import dev.playbook.model.GuideHtml;
import dev.playbook.model.Playbook;
import dev.playbook.model.PullThrough;

import java.util.Map;
import java.util.Optional;

/** What the renderer needs: the model, its catalog, converted guide bodies by path, computed models. */
public record RenderInput(Playbook playbook, Catalog catalog, Map<String, GuideHtml> guides,
                          Optional<PullThrough> pullThrough, String generator) {
}
