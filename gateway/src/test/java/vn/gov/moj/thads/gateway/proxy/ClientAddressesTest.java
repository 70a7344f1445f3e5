package vn.gov.moj.thads.gateway.proxy;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which address a request is counted for, behind Envoy (which appends the address it was connected from). */
class ClientAddressesTest {

    private static final Optional<List<String>> PROXIES = Optional.of(List.of("10.0.0.0/8", "192.0.2.7"));
    private static final ClientAddresses BEHIND_ENVOY = new ClientAddresses(true, 1, PROXIES);

    @Test
    void theAddressTheProxyAppendedIsTheClientNotTheOneTheClientWrote() {
        // the client wrote 198.51.100.1; Envoy (10.2.3.4) appended the address it was connected from
        assertThat(BEHIND_ENVOY.clientOf("10.2.3.4", List.of("198.51.100.1, 203.0.113.30"))).isEqualTo("203.0.113.30");
        // a second header line is the same list, in order
        assertThat(BEHIND_ENVOY.clientOf("10.2.3.4", List.of("198.51.100.1", "203.0.113.30"))).isEqualTo("203.0.113.30");
        assertThat(BEHIND_ENVOY.clientOf("10.2.3.4", List.of("203.0.113.32:4711"))).isEqualTo("203.0.113.32");
        assertThat(BEHIND_ENVOY.clientOf("10.2.3.4", List.of("[2001:db8::5]"))).isEqualTo("2001:db8:0:0:0:0:0:5");
    }

    @Test
    void aClientInsideTheProxiesNetworkIsCountedByItsOwnAddressNotTheOneItWrote() {
        // an office PC on the ministry's 10/8 intranet: its address looks like a proxy's, and is still the client's
        assertThat(BEHIND_ENVOY.clientOf("10.2.3.4", List.of("203.0.113.9, 10.5.5.5"))).isEqualTo("10.5.5.5");
        assertThat(BEHIND_ENVOY.clientOf("10.2.3.4", List.of("10.9.9.9, 10.5.5.5"))).isEqualTo("10.5.5.5");
    }

    @Test
    void behindTwoProxiesTheFirstOnesAppendedAddressIsTheClient() {
        // a cloud balancer in front of Envoy: it appended the client, Envoy appended the balancer
        ClientAddresses twoHops = new ClientAddresses(true, 2, PROXIES);
        assertThat(twoHops.clientOf("10.2.3.4", List.of("198.51.100.1, 203.0.113.31, 192.0.2.7"))).isEqualTo("203.0.113.31");
        assertThat(twoHops.clientOf("10.2.3.4", List.of("192.0.2.7"))).isEqualTo("10.2.3.4");
    }

    @Test
    void whatAnUntrustedPeerOrABrokenChainSaysIsNotBelieved() {
        assertThat(BEHIND_ENVOY.clientOf("203.0.113.40", List.of("198.51.100.2"))).isEqualTo("203.0.113.40");
        assertThat(BEHIND_ENVOY.clientOf("10.2.3.4", List.of("198.51.100.3, not-an-address"))).isEqualTo("10.2.3.4");
        assertThat(BEHIND_ENVOY.clientOf("10.2.3.4", List.of())).isEqualTo("10.2.3.4");
        // forwarding off: the peer, whatever is trusted
        assertThat(new ClientAddresses(false, 1, PROXIES).clientOf("10.2.3.4", List.of("203.0.113.30"))).isEqualTo("10.2.3.4");
    }

    @Test
    void anIpv6ClientHasOneBucketPerSlash64() {
        assertThat(ClientAddresses.bucket("2001:db8:1:2::5")).isEqualTo(ClientAddresses.bucket("2001:db8:1:2:ffff:1:2:3"))
                .isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(ClientAddresses.bucket("2001:db8:1:3::5")).isNotEqualTo(ClientAddresses.bucket("2001:db8:1:2::5"));
        assertThat(ClientAddresses.bucket("203.0.113.30")).isEqualTo("203.0.113.30");
    }

    @Test
    void aTrustedProxyIsAnAddressOrABlockNeverAHostNameOrAPort() {
        assertThatThrownBy(() -> new ClientAddresses(true, 1, Optional.of(List.of("balancer.example"))))
                .hasMessageContaining("balancer.example");
        assertThatThrownBy(() -> new ClientAddresses(true, 1, Optional.of(List.of("10.0.0.0/33")))).hasMessageContaining("10.0.0.0/33");
        assertThatThrownBy(() -> new ClientAddresses(true, 1, Optional.of(List.of("10.0.0.5:8443")))).hasMessageContaining("10.0.0.5:8443");
        assertThatThrownBy(() -> new ClientAddresses(true, 0, PROXIES)).hasMessageContaining("forwarded-hops");
    }
}
