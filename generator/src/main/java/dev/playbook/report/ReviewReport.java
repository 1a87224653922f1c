package dev.playbook.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.playbook.model.ReviewQueue;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The review queue as JSON, for scripts (a weekly reminder per owner): the day it was judged as of, the cadence,
 * then one group per owner (soonest due first), each page with its last review, due date, days until due
 * (negative: overdue) and state. The site's Review queue page shows the same.
 */
final class ReviewReport implements ReportFormat.ReportWriter {

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Override
    public void write(ReportContext context, Writer out) throws IOException {
        ReviewQueue queue = context.report().reviewQueue();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("today", queue.today().toString());
        root.put("cadenceDays", queue.cadenceDays());
        Map<String, List<Map<String, Object>>> byOwner = new LinkedHashMap<>();
        for (ReviewQueue.Entry entry : queue.entries()) {
            Map<String, Object> page = new LinkedHashMap<>();
            page.put("file", context.path(dev.playbook.model.Position.ofFile(entry.file())));
            page.put("title", entry.title());
            page.put("lastReviewed", entry.lastReviewed().map(Object::toString).orElse(null));
            page.put("due", entry.due().map(Object::toString).orElse(null));
            page.put("daysUntilDue", entry.daysUntilDue(queue.today()).orElse(null));
            page.put("state", entry.state(queue.today()));
            byOwner.computeIfAbsent(entry.owner().orElse(""), o -> new ArrayList<>()).add(page);
        }
        List<Map<String, Object>> owners = new ArrayList<>();
        byOwner.forEach((owner, pages) -> {
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("owner", owner.isEmpty() ? null : owner);
            group.put("pages", pages);
            owners.add(group);
        });
        root.put("owners", owners);
        mapper.writeValue(out, root);
        out.write("\n");
    }
}
