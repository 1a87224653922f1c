package dev.playbook.serve;

import java.net.InetAddress;
import java.util.Objects;

/**
 * How a {@link SiteServer} listens and what it adds to pages.
 *
 * @param bind the address to listen on: the loopback address unless the user names another with {@code {bind}}
 * @param port the port; 0 picks a free one
 * @param live whether this is the live preview: served HTML pages get the live-reload script, and the
 *             event stream that tells them of rebuilds and problems is open
 */
public record ServerOptions(InetAddress bind, int port, boolean live) {

    public ServerOptions {
        Objects.requireNonNull(bind, "bind");
        if (port < 0 || port > 65_535) {
            throw new ServeException("port " + port + " does not exist", "choose a port from 1 to 65535 with {port}, or 0 for any free one");
        }
    }

    /** A built site on this machine only, as {@code playbook serve} has always served it. */
    public static ServerOptions loopback(int port) {
        return new ServerOptions(InetAddress.getLoopbackAddress(), port, false);
    }

    /** The live preview on this machine only. */
    public static ServerOptions livePreview(int port) {
        return new ServerOptions(InetAddress.getLoopbackAddress(), port, true);
    }

    /** Whether only this machine can connect. */
    public boolean isLoopback() {
        return bind.isLoopbackAddress();
    }
}
