package dev.playbook.model;

/**
 * What a rule is: its id, default severity, a title, the one-line reason it exists, and how a score
 * line names its failures ({@code "%d stages lack buyer-verifiable outcomes"}).
 * {@code configurable} is false for rules whose failure leaves nothing to check (malformed YAML).
 */
public record RuleInfo(RuleId rule, Severity severity, String title, String rationale, String gapPhrase,
                       boolean configurable) {

    public static RuleInfo error(RuleId rule, String title, String rationale, String gapPhrase) {
        return new RuleInfo(rule, Severity.ERROR, title, rationale, gapPhrase, true);
    }

    public static RuleInfo warning(RuleId rule, String title, String rationale, String gapPhrase) {
        return new RuleInfo(rule, Severity.WARNING, title, rationale, gapPhrase, true);
    }

    /** The rule's id as reports print it: {@code link.broken}. */
    public String id() {
        return rule.id();
    }

    private static final java.util.regex.Pattern CHOICE = java.util.regex.Pattern.compile("\\{([^|}]*)\\|([^}]*)}");

    /**
     * "2 stages lack buyer-verifiable outcomes", "1 stage lacks ...": the phrase's {@code %d} is the count
     * and each {@code {one|many}} picks the form that agrees with it.
     */
    public String gaps(int count) {
        java.util.regex.Matcher matcher = CHOICE.matcher(gapPhrase);
        String agreed = matcher.replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(count == 1 ? 1 : 2)));
        return String.format(java.util.Locale.ROOT, agreed, count);
    }
}
