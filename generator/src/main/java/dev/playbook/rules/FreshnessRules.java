package dev.playbook.rules;

import dev.playbook.model.RuleId;
import dev.playbook.model.Document;
import dev.playbook.model.Freshness;
import dev.playbook.model.GuidePage;
import dev.playbook.model.MapNode;
import dev.playbook.model.RuleInfo;
import dev.playbook.model.StructuredDocument;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Every page names who keeps it current and when it was last reviewed, and is reviewed on time. */
final class FreshnessRules {

    private FreshnessRules() {
    }

    static List<Rule> all() {
        return List.of(owner(), lastReviewed(), overdue());
    }

    private static MapNode header(Document document) {
        return document instanceof GuidePage guide ? guide.frontMatter() : ((StructuredDocument) document).data();
    }

    private static Rule owner() {
        RuleInfo info = RuleInfo.error(RuleId.FRESHNESS_OWNER, "Every page names an owner",
                "A page without an owner goes stale without anyone noticing.", "no owner");
        return new SimpleRule(info, (context, log) -> {
            for (Document document : context.playbook().documents()) {
                log.expect(Items.filled(header(document), "owner"), header(document).position(),
                        "the page names no owner", "add \"owner: <role id>\", the role that keeps this page current");
            }
        });
    }

    private static Rule lastReviewed() {
        RuleInfo info = RuleInfo.error(RuleId.FRESHNESS_LAST_REVIEWED, "Every page has a last-reviewed date",
                "Reps need to know whether what they read is still how the team sells.", "no review date");
        return new SimpleRule(info, (context, log) -> {
            for (Document document : context.playbook().documents()) {
                log.expect(Items.filled(header(document), "last_reviewed"), header(document).position(),
                        "the page has no last_reviewed date", "add \"last_reviewed: YYYY-MM-DD\"");
            }
        });
    }

    private static Rule overdue() {
        RuleInfo info = RuleInfo.warning(RuleId.FRESHNESS_OVERDUE, "Pages are reviewed within the review cadence",
                "Markets move; a playbook nobody reviews drifts from how deals are won.", "review overdue");
        return new SimpleRule(info, (context, log) -> {
            int cadence = context.playbook().config().reviewCadenceDays();
            for (Document document : context.playbook().documents()) {
                MapNode header = header(document);
                Optional<LocalDate> reviewed = Freshness.parse(document.header().lastReviewed());
                if (reviewed.isEmpty()) {
                    continue; // freshness.last-reviewed and the schema report it
                }
                if (!Freshness.isOverdue(reviewed.get(), context.today(), cadence)) {
                    log.pass(header.position().file()); // most pages: no message to write
                    continue;
                }
                long age = Freshness.ageInDays(reviewed.get(), context.today());
                log.fail(header.get("last_reviewed").orElse(header).position(),
                        "last reviewed " + reviewed.get() + ", " + age + " days ago; the review cadence is " + cadence + " days",
                        "review the page with its owner and update last_reviewed");
            }
        });
    }
}
