package dev.playbook.serve;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names a request may give the server in its {@code Host} header, against DNS rebinding: a web page on
 * {@code evil.example} whose name the attacker points at 127.0.0.1 reaches this server from the reader's
 * browser, but says {@code Host: evil.example}. Allowed: {@code localhost}, 127.0.0.1, {@code [::1]} and the
 * address the server is bound to (every address of this machine when bound to all of them). An address
 * written as digits is never the attacker's name, so no DNS lookup is ever made here.
 */
final class AllowedHosts {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-fA-F:.]+]");

    private final Set<String> names = new HashSet<>();
    private final Set<InetAddress> addresses = new HashSet<>();

    AllowedHosts(InetAddress bind) {
        names.add("localhost");
        addresses.add(literal("127.0.0.1").orElseThrow());
        addresses.add(literal("::1").orElseThrow());
        if (bind.isAnyLocalAddress()) {
            addresses.addAll(machineAddresses());
        } else {
            addresses.add(bind);
        }
        // a name the user gave --bind, kept by InetAddress as "name/literal" (asking for it would look it up)
        String given = bind.toString();
        if (given.indexOf('/') > 0) {
            names.add(given.substring(0, given.indexOf('/')).toLowerCase(Locale.ROOT));
        }
    }

    /** Whether a {@code Host} header ({@code localhost:8000}, {@code [::1]:8000}) names this server. */
    boolean allowsHost(String header) {
        return hostOf(header).filter(host -> {
            if (IPV4.matcher(host).matches() || IPV6.matcher(host).matches()) {
                return literal(host.startsWith("[") ? host.substring(1, host.length() - 1) : host).filter(addresses::contains).isPresent();
            }
            return names.contains(host);
        }).isPresent();
    }

    /**
     * Whether a request's {@code Origin} header, when it has one, is the page of this server that the
     * request's allowed {@code Host} names. Browsers leave it out of a page's requests to its own server
     * and add it to another site's; {@code null} (a sandboxed frame, a file) is refused.
     */
    boolean allowsOrigin(String origin, String host) {
        return origin == null || (allowsHost(host) && origin.equalsIgnoreCase("http://" + host.trim()));
    }

    /** The host of a {@code Host} header without its port, lower-cased; nothing when it is malformed. */
    static Optional<String> hostOf(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String value = header.trim().toLowerCase(Locale.ROOT);
        int end = value.startsWith("[") ? value.indexOf(']') + 1 : value.indexOf(':') < 0 ? value.length() : value.indexOf(':');
        if (end <= 0) {
            return Optional.empty();
        }
        String port = value.substring(end);
        if (!port.isEmpty() && !port.matches(":\\d{1,5}")) {
            return Optional.empty();
        }
        return Optional.of(value.substring(0, end));
    }

    /**
     * An address written as digits, or nothing when it is not a valid one. Only valid literals reach
     * {@code getByName}, which parses them without a lookup (it would look up {@code 999.1.1.1} as a name).
     */
    private static Optional<InetAddress> literal(String address) {
        if (address.indexOf(':') < 0) {
            for (String octet : address.split("\\.")) {
                if (Integer.parseInt(octet) > 255) {
                    return Optional.empty();
                }
            }
        }
        try {
            return Optional.of(InetAddress.getByName(address));
        } catch (UnknownHostException e) {
            return Optional.empty(); // an address with colons is parsed as IPv6 and refused when invalid, never looked up
        }
    }

    private static Set<InetAddress> machineAddresses() {
        Set<InetAddress> all = new HashSet<>();
        try {
            for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                all.addAll(Collections.list(network.getInetAddresses()));
            }
        } catch (SocketException e) {
            // no list of interfaces: loopback names only
        }
        return all;
    }
}
