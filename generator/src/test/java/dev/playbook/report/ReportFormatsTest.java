package dev.playbook.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.playbook.api.Report;
import dev.playbook.testing.Golden;
import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each report format on one known set of problems: two errors and a warning in the complete fixture playbook. */
class ReportFormatsTest {

    @TempDir
    static Path dir;

    /** Checked once: the formats only read the report. */
    private static ReportContext context;

    private static final String CHANGED = "leadership/guides/one-on-ones.md";

    @BeforeAll
    static void checkABrokenFixture() {
        TestPlaybook playbook = TestPlaybook.complete(dir)
                .removeKey("team/sales-process.yaml", "  - id: discovery", "    buyer_outcomes:")
                .replace(CHANGED, "last_reviewed: 2026-01-15", "last_reviewed: 2025-09-30")
                .replace("team/guides/first-call.md", "](../sales-process.yaml#stage-discovery)", "](../sales-proces.yaml#stage-discovery)");
        Report report = playbook.check();
        context = new ReportContext(report, "content/", Set.of(CHANGED), false, "test");
    }

    private static String write(ReportFormat format) throws IOException {
        return write(format, context);
    }

    private static String write(ReportFormat format, ReportContext reportContext) throws IOException {
        StringWriter out = new StringWriter();
        format.write(reportContext, out);
        return out.toString();
    }

    @Test
    void theFixtureHasTwoErrorsAndAWarning() {
        assertEquals(2, context.report().errors(), context.report().problems().toString());
        assertEquals(1, context.report().warnings());
    }

    @Test
    void sarifIsValidAgainstTheSarifSchema() throws IOException {
        String sarif = write(ReportFormat.SARIF);
        JsonNode log = new ObjectMapper().readTree(sarif);
        assertEquals("2.1.0", log.get("version").asText());
        JsonNode results = log.at("/runs/0/results");
        assertEquals(3, results.size());
        JsonNode first = results.get(0);
        assertEquals("freshness.overdue", first.get("ruleId").asText(), "changed files come first");
        assertEquals("content/" + CHANGED, first.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals(4, first.at("/locations/0/physicalLocation/region/startLine").asInt());
        JsonNode rules = log.at("/runs/0/tool/driver/rules");
        assertEquals("freshness.overdue", rules.get(first.get("ruleIndex").asInt()).get("id").asText());

        Set<ValidationMessage> errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
                .getSchema(SarifSchema.load()).validate(log);
        assertEquals(Set.of(), errors);
    }

    @Test
    void junitHasATestCasePerRuleAndFile() throws Exception {
        String xml = write(ReportFormat.JUNIT);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
        NodeList cases = doc.getElementsByTagName("testcase");
        assertEquals(String.valueOf(cases.getLength()), suite.getAttribute("tests"));
        assertEquals("2", suite.getAttribute("failures"), "errors fail, the warning does not");
        assertTrue(cases.getLength() > 50, "passing checks are test cases too: " + cases.getLength());
        Element failing = testCase(cases, "process.buyer-outcomes", "content/team/sales-process.yaml");
        assertEquals("stage \"discovery\" has no buyer-verifiable outcomes",
                ((Element) failing.getElementsByTagName("failure").item(0)).getAttribute("message"));
        Element warned = testCase(cases, "freshness.overdue", "content/" + CHANGED);
        assertEquals(0, warned.getElementsByTagName("failure").getLength());
        assertTrue(warned.getElementsByTagName("system-out").item(0).getTextContent().contains("124 days ago"));
        Element passing = testCase(cases, "process.exit-criteria", "content/team/sales-process.yaml");
        assertEquals(0, passing.getChildNodes().getLength());

        ReportContext strictContext = new ReportContext(context.report(), "content/", Set.of(), true, "test");
        Document strict = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(write(ReportFormat.JUNIT, strictContext).getBytes(StandardCharsets.UTF_8)));
        assertEquals("3", ((Element) strict.getElementsByTagName("testsuite").item(0)).getAttribute("failures"), "strict: warnings fail");
    }

    private static Element testCase(NodeList cases, String rule, String file) {
        for (int i = 0; i < cases.getLength(); i++) {
            Element element = (Element) cases.item(i);
            if (element.getAttribute("classname").equals(rule) && element.getAttribute("name").equals(file)) {
                return element;
            }
        }
        throw new AssertionError("no test case " + rule + " / " + file);
    }

    @Test
    void githubLinesAreWorkflowCommands() throws IOException {
        List<String> lines = write(ReportFormat.GITHUB).lines().toList();
        Pattern command = Pattern.compile("^::(error|warning) file=([^,]+),line=(\\d+),col=(\\d+),title=([a-z.-]+)::(.+)$");
        assertEquals(3, lines.size());
        lines.forEach(line -> assertTrue(command.matcher(line).matches(), line));
        assertEquals("::warning file=content/leadership/guides/one-on-ones.md,line=4,col=16,title=freshness.overdue::"
                + "last reviewed 2025-09-30, 124 days ago; the review cadence is 90 days%0Ahint: review the page with its owner and update last_reviewed",
                lines.get(0));
        assertTrue(lines.get(1).startsWith("::error file=content/team/guides/first-call.md,line="), lines.get(1));
    }

    @Test
    void jsonCarriesSummaryScoreAndProblems() throws IOException {
        JsonNode json = new ObjectMapper().readTree(write(ReportFormat.JSON));
        assertFalse(json.at("/summary/passed").asBoolean());
        assertEquals(2, json.at("/summary/errors").asInt());
        assertEquals("content/" + CHANGED, json.at("/problems/0/file").asText());
        assertTrue(json.at("/problems/0/changed").asBoolean());
        assertEquals(context.report().completeness().overall().percent(), json.at("/completeness/percent").asInt());
    }

    @Test
    void markdownSummaryMatchesTheGoldenFile() throws IOException {
        Golden.assertMatches("check-summary.md", write(ReportFormat.MARKDOWN));
    }

    @Test
    void textIsPlainWithoutATerminal() throws IOException {
        String text = write(ReportFormat.TEXT);
        assertFalse(text.contains("\u001b["), "no color codes in files and pipes");
        assertTrue(text.startsWith("content/leadership/guides/one-on-ones.md:4:16: warning [freshness.overdue]"), text);
        assertTrue(text.contains("Sales process 96%: 1 stage lacks buyer-verifiable outcomes"), text);
    }

    @Test
    void textShowsEachProblemWithTheLinesAroundIt() throws IOException {
        String text = write(ReportFormat.TEXT);
        assertTrue(text.contains("""
                content/team/guides/first-call.md:19:1: error [link.broken] broken link "../sales-proces.yaml#stage-discovery": there is no team/sales-proces.yaml
                    hint: did you mean "../sales-process.yaml"?
                      17 |
                      18 | Ask how today's schedule was made before you show anything. The
                    > 19 | [exit criteria](../sales-proces.yaml#stage-discovery) say what you must learn.
                         | ^
                      20 |
                      21 | | Question | Why it matters |
                content/team/sales-process.yaml:18:5: error [process.buyer-outcomes]"""), text);
        assertTrue(text.contains("""
                    hint: review the page with its owner and update last_reviewed
                      2 | title: One-on-ones
                      3 | owner: sales-manager
                    > 4 | last_reviewed: 2025-09-30
                        |                ^
                      5 | audience: [sales-manager]
                      6 | summary: A weekly half hour on one call, one deal and one skill.
                """), text);
    }

    @Test
    void textColorsTheMarkerOnATerminal() throws IOException {
        StringWriter out = new StringWriter();
        ReportFormat.writeText(context, out, true);
        assertTrue(out.toString().contains("    \u001b[33m    |                ^\u001b[0m\n"), "the warning's marker in yellow");
        assertTrue(out.toString().contains("    \u001b[31m     | ^\u001b[0m\n"), "the error's marker in red");
    }

    @Test
    void excerptsAreOnlyInTheText() throws IOException {
        assertFalse(write(ReportFormat.JSON).contains("> 19 |"));
        assertFalse(write(ReportFormat.GITHUB).contains("> 19 |"));
    }
}
