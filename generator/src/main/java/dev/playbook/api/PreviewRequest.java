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
 */
public record PreviewRequest(Path content, Optional<Path> theme, Optional<LocalDate> today, InetAddress bind, int port,
                             Duration quiet) {

    /** The pause after which a burst of writes counts as one save. */
    public static final Duration QUIET = Duration.ofMillis(20);

    /** On this machine only. */
    public PreviewRequest(Path content, Optional<Path> theme, int port) {
        this(content, theme, Optional.empty(), InetAddress.getLoopbackAddress(), port, QUIET);
    }
}
