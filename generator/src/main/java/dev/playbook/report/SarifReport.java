package dev.playbook.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.playbook.model.Problem;
import dev.playbook.model.RuleInfo;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** SARIF 2.1.0, the format code-scanning services (GitHub code scanning among them) read. */
final class SarifReport implements ReportFormat.ReportWriter {

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Override
    public void write(ReportContext context, Writer out) throws IOException {
        List<RuleInfo> rules = context.report().rules();
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            ruleIndex.put(rules.get(i).id(), i);
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "playbook");
        driver.put("version", context.version());
        driver.put("informationUri", "https://github.com/playbook-dev/playbook");
        driver.put("rules", rules.stream().map(SarifReport::rule).toList());
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("results", context.problems().stream().map(p -> result(context, p, ruleIndex)).toList());
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        root.put("runs", List.of(run));
        mapper.writeValue(out, root);
        out.write("\n");
    }

    private static Map<String, Object> rule(RuleInfo rule) {
        Map<String, Object> descriptor = new LinkedHashMap<>();
        descriptor.put("id", rule.id());
        descriptor.put("shortDescription", Map.of("text", rule.title()));
        descriptor.put("fullDescription", Map.of("text", rule.rationale()));
        descriptor.put("defaultConfiguration", Map.of("level", level(rule.severity() == dev.playbook.model.Severity.ERROR)));
        return descriptor;
    }

    private static Map<String, Object> result(ReportContext context, Problem problem, Map<String, Integer> ruleIndex) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ruleId", problem.ruleId());
        if (ruleIndex.containsKey(problem.ruleId())) {
            result.put("ruleIndex", ruleIndex.get(problem.ruleId()));
        }
        result.put("level", level(problem.isError()));
        String text = problem.message() + problem.hint().map(hint -> " (hint: " + hint + ")").orElse("");
        result.put("message", Map.of("text", text));
        Map<String, Object> physical = new LinkedHashMap<>();
        physical.put("artifactLocation", Map.of("uri", uri(context.path(problem.position()))));
        if (problem.position().line() > 0) {
            physical.put("region", Map.of("startLine", problem.position().line(),
                    "startColumn", Math.max(1, problem.position().column())));
        }
        result.put("locations", List.of(Map.of("physicalLocation", physical)));
        return result;
    }

    private static String level(boolean error) {
        return error ? "error" : "warning";
    }

    private static String uri(String path) {
        try {
            return new URI(null, null, path, null).getRawPath();
        } catch (URISyntaxException e) {
            return path;
        }
    }
}
