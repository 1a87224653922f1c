package dev.playbook.rules;

import dev.playbook.model.Document;
import dev.playbook.model.Freshness;
import dev.playbook.model.Playbook;
import dev.playbook.model.ReviewQueue;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The review queue: every page, soonest due first, by the cadence the freshness rule judges with. */
public final class ReviewSchedule {

    private ReviewSchedule() {
    }

    public static ReviewQueue queue(Playbook playbook, LocalDate today) {
        int cadence = playbook.config().reviewCadenceDays();
        List<ReviewQueue.Entry> entries = playbook.documents().stream().map(document -> entry(document, cadence))
                .sorted(Comparator.comparing((ReviewQueue.Entry e) -> e.due().orElse(LocalDate.MIN))
                        .thenComparing(ReviewQueue.Entry::file))
                .toList();
        return new ReviewQueue(today, cadence, entries);
    }

    private static ReviewQueue.Entry entry(Document document, int cadence) {
        Optional<LocalDate> reviewed = Freshness.parse(document.header().lastReviewed());
        String title = Optional.ofNullable(document.header().title()).orElse(document.path());
        Optional<String> owner = Optional.ofNullable(document.header().owner()).filter(o -> !o.isBlank());
        return new ReviewQueue.Entry(document.path(), title, owner, reviewed, reviewed.map(r -> Freshness.due(r, cadence)));
    }
}
