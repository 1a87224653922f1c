package dev.playbook.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** When a page is due for review: one rule shared by the freshness check and the page that shows it. */
public final class Freshness {

    private Freshness() {
    }

    public static Optional<LocalDate> parse(String date) {
        if (date == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(date));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public static long ageInDays(LocalDate reviewed, LocalDate today) {
        return ChronoUnit.DAYS.between(reviewed, today);
    }

    /** The day a review is due: overdue from the day after. */
    public static LocalDate due(LocalDate reviewed, int cadenceDays) {
        return reviewed.plusDays(cadenceDays);
    }

    public static boolean isOverdue(LocalDate reviewed, LocalDate today, int cadenceDays) {
        return ageInDays(reviewed, today) > cadenceDays;
    }
}
