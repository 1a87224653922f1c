package dev.playbook.rules;

import dev.playbook.model.Catalog;
import dev.playbook.model.CheckSettings;
import dev.playbook.model.Playbook;
import dev.playbook.model.PullThrough;

import java.time.LocalDate;
import java.util.Optional;

/** What rules look at. {@code today} is given, not read from the clock, so results are repeatable. */
public record RuleContext(Playbook playbook, Catalog catalog, CheckSettings settings, LocalDate today,
                          Optional<PullThrough> pullThrough) {
}
