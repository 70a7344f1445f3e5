package vn.gov.moj.thads.gateway;

import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.gateway.config.GatewaySettings;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The start-up check of the gateway's settings, without starting it. */
class GatewaySettingsTest {

    @Test
    void developmentTokensStopAProductionStart() {
        assertThat(GatewaySettings.problems(true, true, false, Optional.empty()))
                .singleElement().asString().contains("development tokens are enabled in the production profile");
    }

    @Test
    void developmentTokensAreAllowedOutsideProduction() {
        assertThat(GatewaySettings.problems(false, true, false, Optional.empty())).isEmpty();
        assertThat(GatewaySettings.problems(true, false, false, Optional.empty())).isEmpty();
    }

    @Test
    void forwardedAddressesWithoutTrustedProxiesStopAStart() {
        assertThat(GatewaySettings.problems(true, false, true, Optional.empty()))
                .singleElement().asString().contains("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES");
        assertThat(GatewaySettings.problems(false, false, true, Optional.of(" "))).hasSize(1);
        assertThat(GatewaySettings.problems(true, false, true, Optional.of("10.0.0.0/8"))).isEmpty();
    }
}
