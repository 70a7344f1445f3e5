package vn.gov.moj.thads.gateway.proxy;

import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.gateway.config.GatewayConfig;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The proxies spread a client's requests over the gateway's pods, each with its own buckets: the pods together let a
 * client through at the configured rate, however many of them the autoscaler runs (session 22's review: each pod gave
 * the whole budget, so a client pushing hard enough for eight pods got eight budgets).
 */
class SharedRateLimitsTest {

    private static GatewayConfig.RateLimit limits(long perSubject, long publicPerAddress, long refused) {
        return new GatewayConfig.RateLimit() {
            @Override public long perSubjectPerMinute() { return perSubject; }
            @Override public long publicPerMinute() { return publicPerAddress; }
            @Override public long refusedTokensPerMinute() { return refused; }
            @Override public Optional<String> peers() { return Optional.empty(); }
        };
    }

    /**
     * Requests a pod lets through at once before its first 429. The buckets refill as they go (600 a minute is one token
     * every 100 ms), so a pause of the test can add one or two: the totals below allow for five.
     */
    private static int admitted(RateLimiter pod, String subject, String address) {
        int admitted = 0;
        while (pod.tryAcquire(subject, address).isEmpty()) {
            admitted++;
            assertThat(admitted).as("a pod that never answers 429").isLessThan(100_000);
        }
        return admitted;
    }

    @Test
    void threePodsLetASubjectThroughAtTheConfiguredRateTogether() {
        int total = 0;
        for (int pod = 0; pod < 3; pod++) {
            total += admitted(new RateLimiter(limits(600, 120, 60), () -> 3), "officer-19.05", "10.1.2.3");
        }
        assertThat(total).isBetween(600, 605);
    }

    @Test
    void eightPodsLetAPublicClientThroughAtTheConfiguredRateTogether() {
        int total = 0;
        for (int pod = 0; pod < 8; pod++) {
            total += admitted(new RateLimiter(limits(600, 120, 60), () -> 8), null, "203.0.113.7");
        }
        assertThat(total).isBetween(120, 125);
    }

    @Test
    void onePodAloneGivesTheWholeBudget() {
        assertThat(admitted(new RateLimiter(limits(600, 120, 60), () -> 1), "officer-19.05", "10.1.2.3")).isBetween(600, 605);
    }

    /**
     * The refused tokens' limit spares each pod's CPU the signature checks: a pod's own. Shared, one client behind an
     * office's address would lock the whole office out of new tokens four times sooner on four pods.
     */
    @Test
    void refusedTokensAreEachPodsOwn() {
        RateLimiter limiter = new RateLimiter(limits(600, 120, 60), () -> 4);
        int verified = 0;
        while (limiter.verificationWait("198.51.100.9").isEmpty()) {
            limiter.refused("198.51.100.9");
            verified++;
            assertThat(verified).isLessThan(100_000);
        }
        assertThat(verified).isBetween(60, 62);
    }

    @Test
    void morePodsThanALimitLetOneRequestThroughAPodAndAskToWait() {
        RateLimiter pod = new RateLimiter(limits(5, 120, 60), () -> 8);
        assertThat(admitted(pod, "court-system", "10.1.2.3")).isEqualTo(1);
        assertThat(pod.tryAcquire("court-system", "10.1.2.3").orElseThrow()).as("seconds to wait").isBetween(1L, 60L);
    }

    @Test
    void aScaleOutChargesTheNextRequestAtOnce() {
        AtomicInteger pods = new AtomicInteger(1);
        RateLimiter pod = new RateLimiter(limits(600, 120, 60), pods::get);
        for (int i = 0; i < 300; i++) {
            assertThat(pod.tryAcquire("officer-19.05", "10.1.2.3")).isEmpty();
        }
        pods.set(6); // 300 tokens left: 50 requests at 6 each
        assertThat(admitted(pod, "officer-19.05", "10.1.2.3")).isBetween(50, 51);
    }

    @Test
    void thePodsAreTheAddressesOfTheirNameAndTheLastCountStandsWhenDnsFails() throws Exception {
        AtomicReference<InetAddress[]> answer = new AtomicReference<>(new InetAddress[]{
                InetAddress.getByName("10.2.0.4"), InetAddress.getByName("10.2.1.7"), InetAddress.getByName("10.2.2.9")});
        GatewayPeers peers = new GatewayPeers(Optional.of("gateway-peers"), name -> {
            assertThat(name).isEqualTo("gateway-peers");
            InetAddress[] addresses = answer.get();
            if (addresses == null) {
                throw new UnknownHostException(name);
            }
            return addresses;
        });
        assertThat(peers.count()).as("before the first answer: this pod alone").isEqualTo(1);
        peers.refresh();
        assertThat(peers.count()).isEqualTo(3);
        answer.set(null);
        peers.refresh();
        assertThat(peers.count()).as("a DNS outage never multiplies the budgets").isEqualTo(3);
        answer.set(new InetAddress[0]);
        peers.refresh();
        assertThat(peers.count()).as("this pod, not yet listed").isEqualTo(1);
    }

    @Test
    void aDualStackServiceCountsEachPodOnce() throws Exception {
        GatewayPeers peers = new GatewayPeers(Optional.of("gateway-peers"), name -> new InetAddress[]{
                InetAddress.getByName("10.2.0.4"), InetAddress.getByName("fd00::4"),
                InetAddress.getByName("10.2.1.7"), InetAddress.getByName("fd00::7")});
        peers.refresh();
        assertThat(peers.count()).isEqualTo(2);
    }

    @Test
    void withoutANameThePodIsAlone() {
        GatewayPeers peers = new GatewayPeers(Optional.empty(), name -> {
            throw new AssertionError("nothing to resolve");
        });
        peers.refresh();
        assertThat(peers.count()).isEqualTo(1);
    }
}
