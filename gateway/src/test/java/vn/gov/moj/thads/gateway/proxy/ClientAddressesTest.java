package vn.gov.moj.thads.gateway.proxy;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which address a request is counted for, behind Envoy (which appends the address it was connected from). */
class ClientAddressesTest {

    private static final ClientAddresses BEHIND_PROXIES = new ClientAddresses(true, Optional.of(List.of("10.0.0.0/8", "192.0.2.7")));

    @Test
    void theAddressTheLastTrustedProxyAppendedIsTheClientNotTheOneTheClientWrote() {
        // the client wrote 198.51.100.1; Envoy (10.2.3.4) appended the address it was connected from
        assertThat(BEHIND_PROXIES.clientOf("10.2.3.4", List.of("198.51.100.1, 203.0.113.30"))).isEqualTo("203.0.113.30");
        // a second header line is the same list, in order
        assertThat(BEHIND_PROXIES.clientOf("10.2.3.4", List.of("198.51.100.1", "203.0.113.30"))).isEqualTo("203.0.113.30");
        // a cloud balancer (192.0.2.7, trusted) in front of Envoy: skipped, so is Envoy's own hop
        assertThat(BEHIND_PROXIES.clientOf("10.2.3.4", List.of("198.51.100.1, 203.0.113.31, 192.0.2.7"))).isEqualTo("203.0.113.31");
        assertThat(BEHIND_PROXIES.clientOf("10.2.3.4", List.of("203.0.113.32:4711"))).isEqualTo("203.0.113.32");
        assertThat(BEHIND_PROXIES.clientOf("10.2.3.4", List.of("[2001:db8::5]"))).isEqualTo("2001:db8:0:0:0:0:0:5");
    }

    @Test
    void whatAnUntrustedPeerOrABrokenChainSaysIsNotBelieved() {
        assertThat(BEHIND_PROXIES.clientOf("203.0.113.40", List.of("198.51.100.2"))).isEqualTo("203.0.113.40");
        assertThat(BEHIND_PROXIES.clientOf("10.2.3.4", List.of("198.51.100.3, not-an-address"))).isEqualTo("10.2.3.4");
        assertThat(BEHIND_PROXIES.clientOf("10.2.3.4", List.of())).isEqualTo("10.2.3.4");
        assertThat(BEHIND_PROXIES.clientOf("10.2.3.4", List.of("10.9.9.9, 10.8.8.8"))).isEqualTo("10.9.9.9");
        // forwarding off: the peer, whatever is trusted
        assertThat(new ClientAddresses(false, Optional.of(List.of("10.0.0.0/8"))).clientOf("10.2.3.4", List.of("203.0.113.30")))
                .isEqualTo("10.2.3.4");
    }

    @Test
    void anIpv6ClientHasOneBucketPerSlash64() {
        assertThat(ClientAddresses.bucket("2001:db8:1:2::5")).isEqualTo(ClientAddresses.bucket("2001:db8:1:2:ffff:1:2:3"))
                .isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(ClientAddresses.bucket("2001:db8:1:3::5")).isNotEqualTo(ClientAddresses.bucket("2001:db8:1:2::5"));
        assertThat(ClientAddresses.bucket("203.0.113.30")).isEqualTo("203.0.113.30");
    }

    @Test
    void aTrustedProxyIsAnAddressOrABlockNeverAHostName() {
        assertThatThrownBy(() -> new ClientAddresses(true, Optional.of(List.of("balancer.example"))))
                .hasMessageContaining("balancer.example");
        assertThatThrownBy(() -> new ClientAddresses(true, Optional.of(List.of("10.0.0.0/33")))).hasMessageContaining("10.0.0.0/33");
    }
}
