package dev.playbook.rules;

import dev.playbook.api.BuildRequest;
import dev.playbook.api.Generator;
import dev.playbook.model.RuleId;
import dev.playbook.model.RuleInfo;
import dev.playbook.testing.TestPlaybook;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The rule catalogue is complete: every id a problem can carry is a {@link RuleId} (a problem cannot be made
 * with any other), and every {@link RuleId} is described once, so it reaches the Rules page, SARIF's rules
 * table and the policy's list of ids a config may name.
 */
class RuleCatalogTest {

    @TempDir
    Path dir;

    private static final Set<String> EVERY_ID = Arrays.stream(RuleId.values()).map(RuleId::id).collect(Collectors.toCollection(TreeSet::new));

    @Test
    void everyRuleIdIsDescribedExactlyOnce() {
        List<RuleId> described = new RuleCatalog(RuleSet.defaults()).rules().stream().map(RuleInfo::rule).toList();
        assertEquals(described.size(), Set.copyOf(described).size(), "an id described twice: " + described);
        assertEquals(EVERY_ID, described.stream().map(RuleId::id).collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void thePolicyKnowsEveryId() {
        RuleCatalog catalog = new RuleCatalog(RuleSet.defaults());
        assertEquals(EVERY_ID, new TreeSet<>(catalog.ids()));
        for (RuleId id : RuleId.values()) {
            assertEquals(Optional.of(id), RuleId.byId(id.id()));
        }
    }

    @Test
    void theRulesPageListsEveryId() throws IOException {
        TestPlaybook playbook = TestPlaybook.scaffold(dir.resolve("content"));
        Path out = dir.resolve("site");
        new Generator().build(new BuildRequest(playbook.root(), out, Optional.empty(), playbook.today()));
        Set<String> listed = Jsoup.parse(out.resolve("rules.html").toFile()).select("code").eachText().stream()
                .filter(EVERY_ID::contains).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(EVERY_ID, listed);
    }
}
