package dev.playbook.render;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a template reads of the site hash, as the warm renderer records it, for every way a template can read a hash; and which changes of the hash affect which reads. */
class RecordingHashTest {

    private static final DefaultObjectWrapper WRAPPER = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build();

    private static Map<String, Object> site(String aeMission) {
        Map<String, Object> ae = new LinkedHashMap<>();
        ae.put("name", "Account Executive");
        ae.put("mission", aeMission);
        Map<String, Object> roles = new LinkedHashMap<>();
        roles.put("ae", ae);
        roles.put("bdr", Map.of("name", "BDR"));
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("title", "Playbook");
        site.put("roles", roles);
        site.put("nav", List.of("a", "b"));
        return site;
    }

    /** Renders {@code template} against the site, returning what it printed and the reads as "path" or "path?" (presence). */
    private static String[] render(String template) throws Exception {
        SiteReads reads = new SiteReads();
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setObjectWrapper(WRAPPER);
        StringWriter out = new StringWriter();
        new Template("t", template, configuration).process(Map.of("site", new RecordingHash(site("Closes"), List.of(), reads, WRAPPER)), out);
        String recorded = reads.reads().stream().map(read -> String.join("/", read.path()) + (read.presence() ? "?" : ""))
                .sorted().collect(Collectors.joining(" "));
        return new String[] {out.toString(), recorded};
    }

    @ParameterizedTest(name = "{0} reads {2}")
    @CsvSource(delimiter = '|', value = {
            "${site.title}                                      | Playbook          | title",
            "${site.nope!'-'}                                   | -                 | nope",
            "<#if site.roles.ae??>yes</#if>                     | yes               | roles/ae? roles?",
            "<#if site.roles.sdr??>yes<#else>no</#if>           | no                | roles/sdr roles?",
            "${site.roles.ae.name}                              | Account Executive | roles/ae/name roles/ae? roles?",
            "${(site.roles['bdr'].name)!''}                     | BDR               | roles/bdr/name roles/bdr? roles?",
            "<#list site.roles?values as r>${r.name} </#list>   | Account Executive BDR  | roles roles?",
            "<#list site.roles?keys as k>${k} </#list>          | ae bdr            | roles roles?",
            "<#list site.roles as k, v>${k} </#list>            | ae bdr            | roles roles?",
            "${site.roles?size}                                 | 2                 | roles roles?",
            "<#if site.roles?has_content>some</#if>             | some              | roles roles?",
            "<#list site.nav as n>${n}</#list>                  | ab                | nav",
            "<#list site?keys as k>${k} </#list>                | title roles nav   | ''",
    })
    void eachWayOfReadingIsRecorded(String template, String printed, String recorded) throws Exception {
        String[] result = render(template);
        assertEquals(printed, result[0].strip());
        assertEquals(recorded, result[1]);
    }

    @Test
    void aChangeAffectsTheReadsAtAboveAndInsideIt() {
        Map<String, Object> before = site("Closes");
        ModelComparison comparison = new ModelComparison();
        SiteChanges mission = SiteChanges.between(site("Closes deals"), before, comparison);
        assertFalse(mission.affect(Set.of(read(false, "roles", "ae", "name"), read(true, "roles", "ae"), read(false, "title"))));
        assertTrue(mission.affect(Set.of(read(false, "roles", "ae", "mission"))));
        assertTrue(mission.affect(Set.of(read(false, "roles"))), "the roles read whole");
        assertTrue(mission.affect(Set.of(read(false))), "the whole site");
        assertTrue(SiteChanges.between(site("Closes"), before, comparison).none());

        Map<String, Object> withoutBdr = site("Closes");
        ((Map<?, ?>) withoutBdr.get("roles")).remove("bdr");
        SiteChanges removed = SiteChanges.between(withoutBdr, before, comparison);
        assertTrue(removed.affect(Set.of(read(true, "roles", "bdr"))));
        assertTrue(removed.affect(Set.of(read(false, "roles", "bdr", "name"))));
        assertFalse(removed.affect(Set.of(read(true, "roles", "ae"), read(false, "roles", "ae", "name"))));

        Map<String, Object> reordered = new LinkedHashMap<>(before);
        Map<String, Object> roles = new LinkedHashMap<>();
        roles.put("bdr", ((Map<?, ?>) before.get("roles")).get("bdr"));
        roles.put("ae", ((Map<?, ?>) before.get("roles")).get("ae"));
        reordered.put("roles", roles);
        SiteChanges order = SiteChanges.between(reordered, before, comparison);
        assertTrue(order.affect(Set.of(read(false, "roles"))), "a list of the roles comes out in another order");
        assertFalse(order.affect(Set.of(read(true, "roles", "ae"))));
        assertTrue(SiteChanges.everything().affect(Set.of(read(true, "title"))));
    }

    private static SiteReads.Read read(boolean presence, String... path) {
        return new SiteReads.Read(Arrays.asList(path), presence);
    }
}
