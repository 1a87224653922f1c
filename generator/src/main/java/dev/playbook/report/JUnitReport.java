package dev.playbook.report;

import dev.playbook.model.Problem;
import dev.playbook.model.CheckResult;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JUnit XML, which every CI system shows: one test case per rule and file ({@code classname} is the
 * rule, {@code name} the file). A case fails on an error, or on a warning under {@code --strict};
 * other warnings go to the case's output.
 */
final class JUnitReport implements ReportFormat.ReportWriter {

    @Override
    public void write(ReportContext context, Writer out) throws IOException {
        Map<String, Map<String, List<Problem>>> cases = new TreeMap<>();
        for (CheckResult check : context.report().checks()) {
            cases.computeIfAbsent(check.ruleId(), r -> new TreeMap<>()).computeIfAbsent(check.file(), f -> new ArrayList<>());
        }
        for (Problem problem : context.problems()) {
            cases.computeIfAbsent(problem.ruleId(), r -> new TreeMap<>())
                    .computeIfAbsent(problem.position().file(), f -> new ArrayList<>()).add(problem);
        }
        int total = cases.values().stream().mapToInt(Map::size).sum();
        long failing = cases.values().stream().flatMap(m -> m.values().stream())
                .filter(problems -> problems.stream().anyMatch(context::fails)).count();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "playbook check");
            xml.writeAttribute("tests", String.valueOf(total));
            xml.writeAttribute("failures", String.valueOf(failing));
            xml.writeCharacters("\n  ");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", "playbook");
            xml.writeAttribute("tests", String.valueOf(total));
            xml.writeAttribute("failures", String.valueOf(failing));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", "0");
            for (Map.Entry<String, Map<String, List<Problem>>> rule : cases.entrySet()) {
                for (Map.Entry<String, List<Problem>> file : rule.getValue().entrySet()) {
                    writeCase(xml, context, rule.getKey(), file.getKey(), file.getValue());
                }
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the JUnit report", e);
        }
    }

    private static void writeCase(XMLStreamWriter xml, ReportContext context, String rule, String file, List<Problem> problems)
            throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", rule);
        xml.writeAttribute("name", context.path(dev.playbook.model.Position.ofFile(file)));
        xml.writeAttribute("file", context.path(dev.playbook.model.Position.ofFile(file)));
        List<Problem> failing = problems.stream().filter(context::fails).toList();
        List<Problem> notes = problems.stream().filter(p -> !context.fails(p)).toList();
        if (!failing.isEmpty()) {
            xml.writeStartElement("failure");
            xml.writeAttribute("type", failing.stream().anyMatch(Problem::isError) ? "error" : "warning");
            xml.writeAttribute("message", failing.get(0).message() + (failing.size() > 1 ? " (and " + (failing.size() - 1) + " more)" : ""));
            xml.writeCharacters(lines(context, failing));
            xml.writeEndElement();
        }
        if (!notes.isEmpty()) {
            xml.writeStartElement("system-out");
            xml.writeCharacters(lines(context, notes));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static String lines(ReportContext context, List<Problem> problems) {
        StringBuilder text = new StringBuilder();
        for (Problem problem : problems) {
            text.append(context.location(problem.position()));
            text.append(": ").append(problem.severity().label()).append(' ').append(problem.message()).append('\n');
            if (problem.hint().isPresent()) {
                text.append("    hint: ").append(problem.hint().get()).append('\n');
            }
        }
        return text.toString();
    }
}
