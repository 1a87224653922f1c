package dev.playbook.rules;

import dev.playbook.model.RuleId;
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
    /** By id: the policy looks a rule up for every problem and check. */
    private final java.util.Map<String, RuleInfo> byId = new java.util.HashMap<>();

    public RuleCatalog(RuleSet ruleSet) {
        List<RuleInfo> all = new ArrayList<>(ruleSet.infos());
        all.addAll(VALIDATOR_RULES);
        all.sort(Comparator.comparing(RuleInfo::id));
        this.rules = List.copyOf(all);
        rules.forEach(rule -> byId.putIfAbsent(rule.id(), rule));
    }

    public List<RuleInfo> rules() {
        return rules;
    }

    public Optional<RuleInfo> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<String> ids() {
        return rules.stream().map(RuleInfo::id).toList();
    }

    private static RuleInfo fixed(RuleId id, String title, String rationale) {
        return new RuleInfo(id, Severity.ERROR, title, rationale, "%d {problem|problems}", false);
    }

    private static final List<RuleInfo> VALIDATOR_RULES = List.of(
            fixed(RuleId.YAML_SYNTAX, "YAML is well-formed", "A file that cannot be read cannot be checked or published."),
            fixed(RuleId.YAML_DUPLICATE_KEY, "No key appears twice", "YAML keeps one of two values silently; the author meant one of them."),
            fixed(RuleId.YAML_TAG, "No YAML tags", "Tags can make a loader build objects; playbook YAML holds plain values only."),
            fixed(RuleId.YAML_LIMIT, "YAML stays within safe limits", "Alias bombs and deep nesting are attacks, not content."),
            fixed(RuleId.YAML_NUMBER, "Numbers are finite and kept exactly",
                    "A number a computer cannot hold (.nan, .inf, 26 digits) would be computed and shown rounded, without a word."),
            fixed(RuleId.MARKDOWN_LIMIT, "Markdown stays within safe limits", "Markdown nested hundreds deep is an attack, not content."),
            fixed(RuleId.YAML_KEY, "Keys are plain text", "Every key is a field name."),
            fixed(RuleId.YAML_EMPTY, "Files are not empty", "An empty file is a page with nothing on it."),
            fixed(RuleId.YAML_NOT_A_MAPPING, "Files are key-value mappings", "Every kind is a set of named fields."),
            fixed(RuleId.FRONTMATTER_MISSING, "Guides start with front matter", "Title, owner and review date live there."),
            fixed(RuleId.KIND_MISSING, "Every YAML file names its kind", "The kind decides the schema and the page type."),
            fixed(RuleId.KIND_UNKNOWN, "Kinds are known", "An unknown kind has no schema and no page type."),
            fixed(RuleId.CONFIG_MISSING, "The playbook has a playbook.yaml", "The site needs a title and settings."),
            fixed(RuleId.SCHEMA_UNKNOWN_KEY, "Only known keys", "A misspelt key is silently ignored content."),
            fixed(RuleId.SCHEMA_REQUIRED, "Required keys are present", "The page type cannot show what is not there."),
            fixed(RuleId.SCHEMA_TYPE, "Values have the right type", "A number written as text cannot be computed with."),
            fixed(RuleId.SCHEMA_ENUM, "Values come from the allowed list", "Stage types, categories and cadences drive how pages are drawn."),
            fixed(RuleId.SCHEMA_PATTERN, "Ids and dates have the right form", "Ids become anchors and URLs; dates are compared."),
            fixed(RuleId.SCHEMA_MIN_ITEMS, "Lists are not shorter than allowed", "An empty list where content is needed is a gap."),
            fixed(RuleId.SCHEMA_MAX_ITEMS, "Lists are not longer than allowed", "Some lists have a fixed size."),
            fixed(RuleId.SCHEMA_VALUE, "Values are allowed", "Values outside the schema's range cannot be shown correctly."),
            fixed(RuleId.SOURCE_TOO_LARGE, "Page sources are at most 2 MiB", "Larger files are mistakes or attacks."),
            fixed(RuleId.SOURCE_ENCODING, "Page sources are UTF-8", "Other encodings garble text."),
            fixed(RuleId.SOURCE_NAME, "File names work in URLs and on every system",
                    "A name with #, ?, % or a backslash breaks every link to it; CON or NUL cannot exist on Windows."),
            fixed(RuleId.SOURCE_FILE_TYPE, "Content files cannot carry script",
                    "An HTML, SVG or JavaScript file would be published as it is, script and all, around the sanitizer."),
            new RuleInfo(RuleId.PUBLISH_KEPT_ASIDE, Severity.WARNING, "A forced build keeps what it replaced",
                    "A forced build moves a folder Playbook did not write aside instead of deleting it.", "%d {folder|folders} kept aside", false),
            fixed(RuleId.SOURCE_SYMLINK, "Content holds no symbolic links", "A link could publish any file of the machine that builds the site."),
            fixed(RuleId.SOURCE_SUBMODULE, "A version's content holds no submodules",
                    "A submodule's files live in another repository, which the tag does not hold."),
            fixed(RuleId.VERSION_TAG, "Version tags name commits", "A tag on a tree or a file has no commit to build and no date."),
            fixed(RuleId.SOURCE_UNREADABLE, "Page sources can be read", "A file that cannot be read is missing from the site."),
            fixed(RuleId.PAGE_CONFLICT, "Two sources do not become one page", "One of them would be lost."),
            fixed(RuleId.THEME_SYNTAX, "Templates parse", "A broken template renders no page."),
            fixed(RuleId.THEME_RENDER, "Templates render every page", "A page that fails to render is missing from the site."),
            fixed(RuleId.THEME_MISSING, "Every page has a template", "A kind without a template renders no page."),
            RuleInfo.error(RuleId.REF_ROLE, "Roles named exist", "An owner who is not a known role owns nothing.", "%d unknown {role|roles}"),
            RuleInfo.error(RuleId.REF_STAGE, "Stages named exist", "A link to a stage that does not exist misleads the reader.", "%d unknown {stage|stages}"),
            RuleInfo.error(RuleId.REF_METRIC, "Metrics named exist", "An activity measured by an unknown metric is not measured.", "%d unknown {metric|metrics}"),
            RuleInfo.error(RuleId.ID_DUPLICATE, "Ids are unique", "Two things with one id make every reference ambiguous.", "%d duplicate {id|ids}"),
            RuleInfo.error(RuleId.LINK_BROKEN, "Links land on a page or file", "A broken link is a dead end for a rep.", "%d broken {link|links}"),
            RuleInfo.error(RuleId.GLOSSARY_TARGET, "Glossary terms lead to a page that exists", "Search sends a rep who types the term to that page first.", "%d glossary {term leads|terms lead} nowhere"),
            RuleInfo.error(RuleId.LINK_ANCHOR, "Links to #anchors land on a heading or item", "A link to a missing section lands at the top of the page.", "%d broken {anchor|anchors}"),
            RuleInfo.error(RuleId.LINK_OUTSIDE, "Links stay inside the playbook", "Paths above the content folder do not exist on the site.", "%d {link leaves|links leave} the playbook"),
            RuleInfo.warning(RuleId.NAV_UNREACHABLE, "Every page is reachable from the navigation", "A page nobody can click to is a page nobody reads.", "unreachable from the navigation"),
            RuleInfo.error(RuleId.SUPPRESSION_REASON, "Suppressions give a reason", "A silenced problem needs an explanation for the next reviewer.", "%d {suppression lacks|suppressions lack} a reason"),
            RuleInfo.warning(RuleId.SUPPRESSION_UNUSED, "Suppressions match a problem", "A suppression that silences nothing hides the next real problem.", "%d unused {suppression|suppressions}"),
            RuleInfo.warning(RuleId.CONFIG_RULE, "The config names known rules", "A misspelt rule id in the config changes nothing.", "%d unknown rule {id|ids}"));
}
