package dev.playbook.serve;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What the live preview tells open pages, through {@link SiteServer#publish(LiveEvent)}: the site was
 * rebuilt ({@link Reload}), or the current build's problems ({@link Problems}).
 */
public sealed interface LiveEvent permits LiveEvent.Reload, LiveEvent.Problems {

    /**
     * The site was rebuilt; publish it after the new files are served ({@link MemorySite#replace}). A page
     * reloads, keeping its scroll position, when it or a file it uses (its stylesheets, scripts, images) is
     * among {@code changedPaths}, or when that is empty.
     *
     * @param changedPaths site paths the rebuild wrote, changed or deleted ({@code team/roles.html}); empty: possibly every one
     * @param stylesOnly   only stylesheets changed: pages swap them in place, without a reload
     */
    record Reload(Set<String> changedPaths, boolean stylesOnly) implements LiveEvent {

        public Reload {
            changedPaths = Set.copyOf(changedPaths);
            if (stylesOnly && !changedPaths.stream().allMatch(Reload::isStylesheet)) {
                throw new IllegalArgumentException("stylesOnly, but not only stylesheets changed: " + changedPaths);
            }
        }

        /** The rebuild that changed {@code changedPaths}: styles only when every one of them is a stylesheet. */
        public static Reload of(Set<String> changedPaths) {
            return new Reload(changedPaths, !changedPaths.isEmpty() && changedPaths.stream().allMatch(Reload::isStylesheet));
        }

        private static boolean isStylesheet(String path) {
            return path.toLowerCase(Locale.ROOT).endsWith(".css");
        }
    }

    /**
     * The problems of the latest build, shown in an overlay on every open page while the last good site
     * stays served. Empty: the build is clean again, and the overlay goes. A page that opens later gets the
     * latest list at once.
     */
    record Problems(List<OverlayProblem> problems) implements LiveEvent {

        public Problems {
            problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
        }

        /** A clean build. */
        public static Problems none() {
            return new Problems(List.of());
        }
    }
}
