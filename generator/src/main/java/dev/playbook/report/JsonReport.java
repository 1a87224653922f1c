package dev.playbook.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.playbook.model.Completeness;
import dev.playbook.model.Problem;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything a script needs, as one JSON object: summary, score, problems with positions. */
final class JsonReport implements ReportFormat.ReportWriter {

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Override
    public void write(ReportContext context, Writer out) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("tool", "playbook");
        root.put("version", context.version());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("passed", context.passed());
        summary.put("strict", context.strict());
        summary.put("pages", context.report().pages());
        summary.put("errors", context.report().errors());
        summary.put("warnings", context.report().warnings());
        root.put("summary", summary);
        root.put("completeness", completeness(context.report().completeness()));
        root.put("problems", context.problems().stream().map(p -> problem(context, p)).toList());
        mapper.writeValue(out, root);
        out.write("\n");
    }

    private static Map<String, Object> problem(ReportContext context, Problem problem) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("file", context.path(problem.position()));
        map.put("line", problem.position().line());
        map.put("column", problem.position().column());
        map.put("severity", problem.severity().label());
        map.put("rule", problem.ruleId());
        map.put("message", problem.message());
        map.put("hint", problem.hint().orElse(null));
        map.put("changed", context.changed(problem));
        return map;
    }

    private static Map<String, Object> completeness(Completeness completeness) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("percent", completeness.overall().percent());
        map.put("started", completeness.overall().started());
        map.put("missing", completeness.missing().stream().map(dev.playbook.model.ContentKind::id).toList());
        map.put("passed", completeness.overall().passed());
        map.put("total", completeness.overall().total());
        List<Map<String, Object>> playbooks = completeness.books().stream().map(p -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("playbook", p.book().map(dev.playbook.model.Book::id).orElse("playbook"));
            entry.put("title", p.title());
            entry.put("percent", p.score().percent());
            entry.put("started", p.score().started());
            entry.put("sections", p.documents().stream().map(s -> {
                Map<String, Object> section = new LinkedHashMap<>();
                section.put("file", s.path());
                section.put("title", s.title());
                section.put("percent", s.score().percent());
                section.put("gaps", s.gaps());
                return section;
            }).toList());
            return entry;
        }).toList();
        map.put("playbooks", playbooks);
        return map;
    }
}
