package dev.playbook.model;

import java.util.List;
import java.util.Optional;

/**
 * Everything one role does, gathered from across the playbook by the compute stage: the stages it owns and
 * supports, the handoffs it gives and receives, its input metrics and weekly activity targets, its pay plan,
 * how it is hired, its objectives and the guides written for it. It refers to what other pages define (stage,
 * metric and role ids, the documents' own YAML), so nothing is copied; the role page renders it.
 *
 * @param ownedStages      stage ids in process order
 * @param supportedStages  stage ids in process order, those it owns left out
 * @param inputMetrics     ids of the input metrics it is measured by: those it owns and those its stages' pull-through
 *                         activities count, in catalogue order
 * @param weeklyActivities the pull-through model's activities at the stages it owns, as the model computed them
 * @param compensationPlan its plan in the compensation document
 * @param hiring           the hiring formula it is hired with, and the characteristics it interviews for
 * @param objectives       the OKR objectives it owns
 * @param guides           paths of the guides written for it (their audience names it), ordered by the first stage
 *                         they name in process order, guides without a stage last
 * @param sources          paths of the documents this view draws from, in the playbook's order
 */
public record RoleView(
        String id,
        String name,
        List<String> ownedStages,
        List<String> supportedStages,
        List<Handoff> gives,
        List<Handoff> receives,
        List<String> inputMetrics,
        List<PullThrough.ActivityVolume> weeklyActivities,
        Optional<MapNode> compensationPlan,
        Optional<Hiring> hiring,
        List<Objectives> objectives,
        List<String> guides,
        List<String> sources) {

    public RoleView {
        ownedStages = List.copyOf(ownedStages);
        supportedStages = List.copyOf(supportedStages);
        gives = List.copyOf(gives);
        receives = List.copyOf(receives);
        inputMetrics = List.copyOf(inputMetrics);
        weeklyActivities = List.copyOf(weeklyActivities);
        objectives = List.copyOf(objectives);
        guides = List.copyOf(guides);
        sources = List.copyOf(sources);
    }

    /** The page of a role, beside the others in {@code roles/}. */
    public static String pagePath(String roleId) {
        return OutputPaths.ROLES + roleId + ".html";
    }

    public boolean ownsNothing() {
        return ownedStages.isEmpty();
    }

    /**
     * Work passing from one role to another: into a stage whose owner differs from the previous stage's (the
     * stage's handoff trigger), or a handoff a document declares (customer success).
     *
     * @param stage   the stage the work enters, when it is a pipeline handoff
     * @param trigger Markdown, as the author wrote it
     * @param source  the document that defines the handoff
     */
    public record Handoff(String from, String to, Optional<String> stage, String trigger, String source) {
    }

    /**
     * How a role is hired: the formula that names it among the roles it hires ({@code formula}, its path), and
     * the ids of the characteristics it assesses as an interviewer in any formula ({@code interviews}, with that
     * formula's path in {@code interviewsIn}).
     */
    public record Hiring(Optional<String> formula, List<String> interviews, Optional<String> interviewsIn) {

        public Hiring {
            interviews = List.copyOf(interviews);
        }
    }

    /** The objectives a role owns in one OKR document ({@code source}), each its YAML. */
    public record Objectives(String source, Optional<String> period, List<MapNode> owned) {

        public Objectives {
            owned = List.copyOf(owned);
        }
    }
}
