package vn.gov.moj.thads.gateway.proxy;

import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import io.netty.util.NetUtil;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.inject.Singleton;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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
 * a connection from a trusted proxy ({@code quarkus.http.proxy.*}), the right-most {@code X-Forwarded-For} address that is
 * not a trusted proxy's. Each proxy appends the address it was connected from (Envoy does), so whatever lies left of that
 * is what the client wrote. Quarkus's own reading takes the left-most address, which the client picks: a fresh bucket on
 * every request (no public limit at all), or a chosen office's address, to lock its sign-ins out with forged tokens.
 * An IPv6 client has a bucket per /64, the block one subscriber is given whole (else each of its addresses is a bucket).
 */
@Singleton // made with the routes at start: a trusted proxy that is no address stops the start, not every request
public class ClientAddresses {

    private final boolean forwarding;
    private final List<IpSubnetFilterRule> trusted;

    @Inject
    public ClientAddresses(@ConfigProperty(name = "quarkus.http.proxy.proxy-address-forwarding", defaultValue = "false") boolean forwarding,
                           @ConfigProperty(name = "quarkus.http.proxy.trusted-proxies") Optional<List<String>> trustedProxies) {
        this.forwarding = forwarding;
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
        List<String> hops = new ArrayList<>();
        forwardedFor.forEach(header -> Arrays.stream(header.split(",")).map(String::strip).filter(h -> !h.isEmpty()).forEach(hops::add));
        for (int i = hops.size() - 1; i >= 0; i--) {
            InetAddress hop = literal(hops.get(i));
            if (hop == null) {
                return peer; // not an address where a trusted proxy should have written one: nothing to the left is believed
            }
            if (!isTrusted(hop)) {
                return hop.getHostAddress();
            }
        }
        return hops.isEmpty() ? peer : literal(hops.get(0)).getHostAddress(); // a chain of trusted proxies only
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
        InetAddress ip = literal(slash < 0 ? entry : entry.substring(0, slash));
        if (ip == null) {
            throw new IllegalArgumentException("quarkus.http.proxy.trusted-proxies: " + entry
                    + " is not an IP address or CIDR block (the gateway takes no host names there)");
        }
        int bits = ip instanceof Inet4Address ? 32 : 128;
        int prefix = slash < 0 ? bits : Integer.parseInt(entry.substring(slash + 1).strip());
        if (prefix < 0 || prefix > bits) {
            throw new IllegalArgumentException("quarkus.http.proxy.trusted-proxies: " + entry + " has no valid prefix length");
        }
        return new IpSubnetFilterRule(ip, prefix, IpFilterRuleType.ACCEPT);
    }
}
