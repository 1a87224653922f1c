package dev.playbook.model;

import java.util.List;

/**
 * What one rep needs, worked back from the revenue target: deals, stage entries, pipeline and weekly
 * activities. Yearly figures are exact; {@link #perWeek} divides by selling weeks.
 */
public record PullThrough(
        double dealsPerYear,
        double sellingWeeks,
        StageVolume winStage,
        List<StageVolume> funnel,
        double pipelineNeeded,
        double coverage,
        double coverageMin,
        double coverageMax,
        List<ActivityVolume> activities) {

    public PullThrough {
        funnel = List.copyOf(funnel);
        activities = List.copyOf(activities);
    }

    /** Entries a stage needs per year; {@code conversionRate} is to the next step (the win rate for the win stage). */
    public record StageVolume(String stage, double conversionRate, double entriesPerYear) {
    }

    /** Activities of one input metric: {@code ratio} per entry into {@code perStage}. */
    public record ActivityVolume(String metric, String perStage, double ratio, double perYear) {
    }

    public boolean coverageInRange() {
        return coverage >= coverageMin - 1e-9 && coverage <= coverageMax + 1e-9;
    }

    public double perWeek(double perYear) {
        return perYear / sellingWeeks;
    }
}
