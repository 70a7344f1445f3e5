package vn.gov.moj.thads.gateway.proxy;

import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import io.netty.util.NetUtil;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.inject.Singleton;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.gov.moj.thads.gateway.config.GatewayConfig;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Who the client is, for its rate-limit buckets and the services' {@code X-Forwarded-For}: the connection's peer, or, on
 * a connection from a trusted proxy ({@code quarkus.http.proxy.*}), the {@code X-Forwarded-For} address that the first of
 * the {@code thads.gateway.forwarded-hops} proxies in front of the gateway appended (Envoy's {@code xff_num_trusted_hops}
 * model): each appends the address it was connected from, so whatever lies left of that is what the client wrote.
 * Quarkus's own reading takes the left-most address, which the client picks: a fresh bucket on every request (no public
 * limit at all), or a chosen office's address, to lock its sign-ins out with forged tokens. Counted by hops, not by
 * skipping addresses that look like proxies': a client inside the proxies' network (an office on the ministry's 10/8
 * intranet) would otherwise be skipped in favour of what it wrote. An IPv6 client has a bucket per /64, the block one
 * subscriber is given whole (else each of its addresses is a bucket).
 */
@Singleton // made with the routes at start: a trusted proxy that is no address stops the start, not every request
public class ClientAddresses {

    /** The routing-context key of the client's address, which the access log prints first. */
    public static final String LOGGED = "thads.client";

    private final boolean forwarding;
    private final int hops;
    private final List<IpSubnetFilterRule> trusted;

    @Inject
    ClientAddresses(@ConfigProperty(name = "quarkus.http.proxy.proxy-address-forwarding", defaultValue = "false") boolean forwarding,
                    GatewayConfig config,
                    @ConfigProperty(name = "quarkus.http.proxy.trusted-proxies") Optional<List<String>> trustedProxies) {
        this(forwarding, config.forwardedHops(), trustedProxies);
    }

    ClientAddresses(boolean forwarding, int hops, Optional<List<String>> trustedProxies) {
        if (hops < 1) {
            throw new IllegalArgumentException("thads.gateway.forwarded-hops must be at least 1, the proxy that connects to the gateway");
        }
        this.forwarding = forwarding;
        this.hops = hops;
        this.trusted = trustedProxies.orElse(List.of()).stream().map(String::strip).filter(p -> !p.isEmpty())
                .map(ClientAddresses::rule).toList();
    }

    /** The client's address as the gateway tells the services. */
    public String addressOf(HttpServerRequest request) {
        // the connection's own peer: Quarkus's forwarding puts the left-most forwarded address in request.remoteAddress()
        SocketAddress peer = request.connection() == null ? request.remoteAddress() : request.connection().remoteAddress();
        return peer == null ? "unknown" : clientOf(peer.hostAddress(), request.headers().getAll("X-Forwarded-For"));
    }

    /** The client's rate-limit bucket: its address, an IPv6 address's /64. */
    public String bucketOf(HttpServerRequest request) {
        return bucket(addressOf(request));
    }

    /** The client behind {@code peer}, given the {@code X-Forwarded-For} headers it sent, in order. */
    String clientOf(String peer, List<String> forwardedFor) {
        if (!forwarding || !isTrusted(peer)) {
            return peer;
        }
        List<String> chain = new ArrayList<>();
        forwardedFor.forEach(header -> Arrays.stream(header.split(",")).map(String::strip).filter(h -> !h.isEmpty()).forEach(chain::add));
        if (chain.size() < hops) {
            return peer; // fewer addresses than proxies: a proxy did not write its own, nothing here is believed
        }
        InetAddress client = literal(chain.get(chain.size() - hops));
        return client == null ? peer : client.getHostAddress();
    }

    static String bucket(String address) {
        InetAddress ip = literal(address);
        if (ip == null || ip instanceof Inet4Address) {
            return address;
        }
        byte[] prefix = Arrays.copyOf(ip.getAddress(), 16);
        Arrays.fill(prefix, 8, 16, (byte) 0);
        try {
            return InetAddress.getByAddress(prefix).getHostAddress() + "/64";
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e); // 16 bytes are always an address
        }
    }

    private boolean isTrusted(String address) {
        InetAddress ip = literal(address);
        return ip != null && isTrusted(ip);
    }

    private boolean isTrusted(InetAddress ip) {
        InetSocketAddress socket = new InetSocketAddress(ip, 0);
        return trusted.stream().anyMatch(rule -> rule.matches(socket));
    }

    /** An IP literal ("203.0.113.9", "2001:db8::1", "[2001:db8::1]", "203.0.113.9:4711"), never looked up; null otherwise. */
    static InetAddress literal(String text) {
        String address = text.strip();
        if (address.startsWith("[")) {
            int end = address.indexOf(']');
            address = end < 0 ? address : address.substring(1, end);
        } else if (address.indexOf(':') > 0 && address.indexOf(':') == address.lastIndexOf(':')) {
            address = address.substring(0, address.indexOf(':')); // IPv4 with a port
        }
        return NetUtil.createInetAddressFromIpAddressString(address);
    }

    /** A trusted proxy: an address or a CIDR block. Host names are refused: a lookup would decide whom the gateway believes. */
    private static IpSubnetFilterRule rule(String entry) {
        int slash = entry.indexOf('/');
        String address = slash < 0 ? entry : entry.substring(0, slash);
        // no port: Quarkus would trust one port of the address, this check every port (so refuse rather than widen)
        InetAddress ip = NetUtil.createInetAddressFromIpAddressString(address.startsWith("[") && address.endsWith("]")
                ? address.substring(1, address.length() - 1) : address);
        if (ip == null) {
            throw new IllegalArgumentException("quarkus.http.proxy.trusted-proxies: " + entry
                    + " is not an IP address or CIDR block (the gateway takes no host names or ports there)");
        }
        int bits = ip instanceof Inet4Address ? 32 : 128;
        int prefix = slash < 0 ? bits : Integer.parseInt(entry.substring(slash + 1).strip());
        if (prefix < 0 || prefix > bits) {
            throw new IllegalArgumentException("quarkus.http.proxy.trusted-proxies: " + entry + " has no valid prefix length");
        }
        return new IpSubnetFilterRule(ip, prefix, IpFilterRuleType.ACCEPT);
    }
}
