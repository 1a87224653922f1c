package dev.playbook.rules;

import dev.playbook.model.RuleInfo;
import dev.playbook.model.Severity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every rule id the generator can report, from the playbook rules and the validators, for the
 * rules reference page and for checking the ids a config names.
 */
public final class RuleCatalog {

    private final List<RuleInfo> rules;

    public RuleCatalog(RuleSet ruleSet) {
        List<RuleInfo> all = new ArrayList<>(ruleSet.infos());
        all.addAll(VALIDATOR_RULES);
        all.sort(Comparator.comparing(RuleInfo::id));
        this.rules = List.copyOf(all);
    }

    public List<RuleInfo> rules() {
        return rules;
    }

    public Optional<RuleInfo> byId(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public List<String> ids() {
        return rules.stream().map(RuleInfo::id).toList();
    }

    private static RuleInfo fixed(String id, String title, String rationale) {
        return new RuleInfo(id, Severity.ERROR, title, rationale, "%d {problem|problems}", false);
    }

    private static final List<RuleInfo> VALIDATOR_RULES = List.of(
            fixed("yaml.syntax", "YAML is well-formed", "A file that cannot be read cannot be checked or published."),
            fixed("yaml.duplicate-key", "No key appears twice", "YAML keeps one of two values silently; the author meant one of them."),
            fixed("yaml.tag", "No YAML tags", "Tags can make a loader build objects; playbook YAML holds plain values only."),
            fixed("yaml.limit", "YAML stays within safe limits", "Alias bombs and deep nesting are attacks, not content."),
            fixed("yaml.key", "Keys are plain text", "Every key is a field name."),
            fixed("yaml.empty", "Files are not empty", "An empty file is a page with nothing on it."),
            fixed("yaml.not-a-mapping", "Files are key-value mappings", "Every kind is a set of named fields."),
            fixed("frontmatter.missing", "Guides start with front matter", "Title, owner and review date live there."),
            fixed("kind.missing", "Every YAML file names its kind", "The kind decides the schema and the page type."),
            fixed("kind.unknown", "Kinds are known", "An unknown kind has no schema and no page type."),
            fixed("config.missing", "The playbook has a playbook.yaml", "The site needs a title and settings."),
            fixed("schema.unknown-key", "Only known keys", "A misspelt key is silently ignored content."),
            fixed("schema.required", "Required keys are present", "The page type cannot show what is not there."),
            fixed("schema.type", "Values have the right type", "A number written as text cannot be computed with."),
            fixed("schema.enum", "Values come from the allowed list", "Stage types, categories and cadences drive how pages are drawn."),
            fixed("schema.pattern", "Ids and dates have the right form", "Ids become anchors and URLs; dates are compared."),
            fixed("schema.min-items", "Lists are not shorter than allowed", "An empty list where content is needed is a gap."),
            fixed("schema.max-items", "Lists are not longer than allowed", "Some lists have a fixed size."),
            fixed("schema.value", "Values are allowed", "Values outside the schema's range cannot be shown correctly."),
            fixed("source.too-large", "Page sources are at most 2 MiB", "Larger files are mistakes or attacks."),
            fixed("source.encoding", "Page sources are UTF-8", "Other encodings garble text."),
            new RuleInfo("publish.kept-aside", Severity.WARNING, "A forced build keeps what it replaced",
                    "--force moves a folder Playbook did not write aside instead of deleting it.", "%d {folder|folders} kept aside", false),
            fixed("source.symlink", "Content holds no symbolic links", "A link could publish any file of the machine that builds the site."),
            fixed("source.unreadable", "Page sources can be read", "A file that cannot be read is missing from the site."),
            fixed("page.conflict", "Two sources do not become one page", "One of them would be lost."),
            fixed("theme.syntax", "Templates parse", "A broken template renders no page."),
            fixed("theme.render", "Templates render every page", "A page that fails to render is missing from the site."),
            fixed("theme.missing", "Every page has a template", "A kind without a template renders no page."),
            RuleInfo.error("ref.role", "Roles named exist", "An owner who is not a known role owns nothing.", "%d unknown {role|roles}"),
            RuleInfo.error("ref.stage", "Stages named exist", "A link to a stage that does not exist misleads the reader.", "%d unknown {stage|stages}"),
            RuleInfo.error("ref.metric", "Metrics named exist", "An activity measured by an unknown metric is not measured.", "%d unknown {metric|metrics}"),
            RuleInfo.error("id.duplicate", "Ids are unique", "Two things with one id make every reference ambiguous.", "%d duplicate {id|ids}"),
            RuleInfo.error("link.broken", "Links land on a page or file", "A broken link is a dead end for a rep.", "%d broken {link|links}"),
            RuleInfo.error("link.anchor", "Links to #anchors land on a heading or item", "A link to a missing section lands at the top of the page.", "%d broken {anchor|anchors}"),
            RuleInfo.error("link.outside", "Links stay inside the playbook", "Paths above the content folder do not exist on the site.", "%d {link leaves|links leave} the playbook"),
            RuleInfo.warning("nav.unreachable", "Every page is reachable from the navigation", "A page nobody can click to is a page nobody reads.", "unreachable from the navigation"),
            RuleInfo.error("suppression.reason", "Suppressions give a reason", "A silenced problem needs an explanation for the next reviewer.", "%d {suppression lacks|suppressions lack} a reason"),
            RuleInfo.warning("suppression.unused", "Suppressions match a problem", "A suppression that silences nothing hides the next real problem.", "%d unused {suppression|suppressions}"),
            RuleInfo.warning("config.rule", "The config names known rules", "A misspelt rule id in the config changes nothing.", "%d unknown rule {id|ids}"));
}
