package dev.playbook.report;

import dev.playbook.model.Problem;

import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands: each problem becomes an annotation on the pull request's diff,
 * {@code ::error file=content/team/x.yaml,line=3,col=5,title=rule::message}.
 */
final class GithubReport implements ReportFormat.ReportWriter {

    @Override
    public void write(ReportContext context, Writer out) throws IOException {
        for (Problem problem : context.problems()) {
            StringBuilder line = new StringBuilder("::").append(problem.isError() ? "error" : "warning")
                    .append(" file=").append(property(context.path(problem.position())));
            if (problem.position().line() > 0) {
                line.append(",line=").append(problem.position().line()).append(",col=").append(problem.position().column());
            }
            line.append(",title=").append(property(problem.ruleId())).append("::").append(data(problem.message()));
            if (problem.hint().isPresent()) {
                line.append(data("\nhint: " + problem.hint().get()));
            }
            out.write(line.append('\n').toString());
        }
    }

    /** Escaping as GitHub's toolkit does for a command's message. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escaping for a command's properties, where ':' and ',' separate fields. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
