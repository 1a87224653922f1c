package dev.playbook.model;

import dev.playbook.model.Severity;

/**
 * What a rule is: its id, default severity, a title, the one-line reason it exists, and how a score
 * line names its failures ({@code "%d stages lack buyer-verifiable outcomes"}).
 * {@code configurable} is false for rules whose failure leaves nothing to check (malformed YAML).
 */
public record RuleInfo(String id, Severity severity, String title, String rationale, String gapPhrase,
                       boolean configurable) {

    public static RuleInfo error(String id, String title, String rationale, String gapPhrase) {
        return new RuleInfo(id, Severity.ERROR, title, rationale, gapPhrase, true);
    }

    public static RuleInfo warning(String id, String title, String rationale, String gapPhrase) {
        return new RuleInfo(id, Severity.WARNING, title, rationale, gapPhrase, true);
    }

    /** "2 stages lack buyer-verifiable outcomes". */
    public String gaps(int count) {
        return String.format(java.util.Locale.ROOT, gapPhrase, count);
    }
}
