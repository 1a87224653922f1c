package dev.playbook.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Every page with who reviews it and when it is due, as of {@code today}, soonest due first: what an
 * enablement lead works through. A page never reviewed (or with a date that is no date) is due now and
 * comes first. The site shows the same queue and works the days out again from the reader's date.
 */
public record ReviewQueue(LocalDate today, int cadenceDays, List<Entry> entries) {

    public ReviewQueue {
        entries = List.copyOf(entries);
    }

    /** One page: its source file, title, owner (a role id), last review and the due date that follows from the cadence. */
    public record Entry(String file, String title, Optional<String> owner, Optional<LocalDate> lastReviewed,
                        Optional<LocalDate> due) {

        /** Days from {@code today} until the review is due: negative when overdue, empty when the page was never reviewed. */
        public Optional<Long> daysUntilDue(LocalDate today) {
            return due.map(date -> ChronoUnit.DAYS.between(today, date));
        }

        /** "overdue", "due" (within the cadence) or "never reviewed": the same rule as {@link Freshness#isOverdue}. */
        public String state(LocalDate today) {
            return daysUntilDue(today).map(days -> days < 0 ? "overdue" : "due").orElse("never reviewed");
        }
    }
}
