package dev.playbook.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a page's model is the same as the one its page was last rendered from: then, with the same
 * templates and the same site hash, the page would come out byte for byte the same. Models are plain maps,
 * lists, strings, numbers, booleans and markup. Many pages share big parts (the guides by stage, the site
 * hash): a pair of containers found equal once is remembered by identity for the rest of the run, so a
 * shared part is compared once, not once per page. One instance per render; thread-safe.
 */
final class ModelComparison {

    private final Set<Pair> equal = ConcurrentHashMap.newKeySet();

    boolean same(Object now, Object before) {
        if (now == before) {
            return true;
        }
        if (now == null || before == null) {
            return false;
        }
        if (now instanceof Map<?, ?> a && before instanceof Map<?, ?> b) {
            return remembered(a, b, a.size(), () -> sameMaps(a, b));
        }
        if (now instanceof List<?> a && before instanceof List<?> b) {
            return remembered(a, b, a.size(), () -> sameLists(a, b));
        }
        if (now instanceof TemplateHTMLOutputModel a && before instanceof TemplateHTMLOutputModel b) {
            return markup(a).equals(markup(b));
        }
        return now.getClass() == before.getClass() && Objects.equals(now, before);
    }

    /** Containers this small are compared again rather than remembered: a lookup would cost what the comparison does. */
    private static final int REMEMBERED_FROM = 8;

    private boolean remembered(Object now, Object before, int size, java.util.function.BooleanSupplier compare) {
        if (size < REMEMBERED_FROM) {
            return compare.getAsBoolean();
        }
        Pair pair = new Pair(now, before);
        if (equal.contains(pair)) {
            return true;
        }
        boolean same = compare.getAsBoolean();
        if (same) {
            equal.add(pair);
        }
        return same;
    }

    private boolean sameMaps(Map<?, ?> now, Map<?, ?> before) {
        if (now.size() != before.size()) {
            return false;
        }
        // key order matters: templates list maps in their order
        Iterator<? extends Map.Entry<?, ?>> a = now.entrySet().iterator();
        Iterator<? extends Map.Entry<?, ?>> b = before.entrySet().iterator();
        while (a.hasNext()) {
            Map.Entry<?, ?> x = a.next();
            Map.Entry<?, ?> y = b.next();
            if (!Objects.equals(x.getKey(), y.getKey()) || !same(x.getValue(), y.getValue())) {
                return false;
            }
        }
        return true;
    }

    private boolean sameLists(List<?> now, List<?> before) {
        if (now.size() != before.size()) {
            return false;
        }
        for (int i = 0; i < now.size(); i++) {
            if (!same(now.get(i), before.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static String markup(TemplateHTMLOutputModel model) {
        try {
            return HTMLOutputFormat.INSTANCE.getMarkupString(model);
        } catch (TemplateModelException e) {
            throw new IllegalStateException("markup made by Markup.of always has its string", e);
        }
    }

    /** Two objects, compared by identity. */
    private record Pair(Object now, Object before) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Pair that && that.now == now && that.before == before;
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(now) + System.identityHashCode(before);
        }
    }
}
