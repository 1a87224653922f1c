package dev.playbook.validate;

import java.util.Map;
import java.util.Set;

/** Sets kept per page (a page's ids, its links), compared from one warm validation to the next. */
final class PageSets {

    private PageSets() {
    }

    /**
     * The same pages, each with the very same set or an equal one: a warm renderer hands on the very same sets for
     * pages it did not render again, so most pages cost one identity check.
     */
    static boolean same(Map<String, Set<String>> before, Map<String, Set<String>> now) {
        if (!before.keySet().equals(now.keySet())) {
            return false;
        }
        for (Map.Entry<String, Set<String>> page : now.entrySet()) {
            Set<String> old = before.get(page.getKey());
            if (old != page.getValue() && !old.equals(page.getValue())) {
                return false;
            }
        }
        return true;
    }
}
