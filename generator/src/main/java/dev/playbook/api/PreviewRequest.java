package dev.playbook.api;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Preview {@code content} live: build it into memory, serve it on {@code bind}:{@code port} (0 picks a free
 * port) and rebuild on every change to the content or the theme. {@code today}, when given, fixes the day
 * review dates are judged against; else each build takes the day it runs. {@code quiet} is how long the
 * files must stay still before a change is built: one save is often several writes.
 * <p>With {@code versions} (a tag pattern such as {@code v*}), the site previewed is the one {@code build --versions}
 * publishes: every matching Git tag a version, rebuilt when such a tag is added, moved or deleted; with
 * {@code draft}, the working tree too, as the unreleased version {@code next/}, rebuilt on every save.
 * {@code draft} without {@code versions} is a usage error.
 */
public record PreviewRequest(Path content, Optional<Path> theme, Optional<LocalDate> today, InetAddress bind, int port,
                             Duration quiet, Optional<String> versions, boolean draft) {

    /** The pause after which a burst of writes counts as one save. */
    public static final Duration QUIET = Duration.ofMillis(20);

    /** The working tree as one site. */
    public PreviewRequest(Path content, Optional<Path> theme, Optional<LocalDate> today, InetAddress bind, int port, Duration quiet) {
        this(content, theme, today, bind, port, quiet, Optional.empty(), false);
    }

    /** The day a build starting now judges review dates against: {@code today} when given, else the day it runs. */
    LocalDate buildDay() {
        return today.orElseGet(() -> LocalDate.now(java.time.ZoneOffset.UTC));
    }

    /** On this machine only. */
    public PreviewRequest(Path content, Optional<Path> theme, int port) {
        this(content, theme, Optional.empty(), InetAddress.getLoopbackAddress(), port, QUIET);
    }
}
