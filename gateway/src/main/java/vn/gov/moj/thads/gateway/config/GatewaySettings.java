package vn.gov.moj.thads.gateway.config;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Settings the gateway refuses to start with, because they would open it to everyone: development
 * tokens in production (anyone could sign in as anyone), and client addresses taken from forwarding
 * headers without a list of trusted proxies (any client could pick its own rate-limit bucket).
 */
@ApplicationScoped
public class GatewaySettings {

    void check(@Observes StartupEvent start) {
        Config config = ConfigProvider.getConfig();
        List<String> problems = problems(ConfigUtils.getProfiles().contains("prod"),
                config.getOptionalValue("thads.dev-tokens.enabled", Boolean.class).orElse(false),
                config.getOptionalValue("quarkus.http.proxy.proxy-address-forwarding", Boolean.class).orElse(false),
                config.getOptionalValue("quarkus.http.proxy.trusted-proxies", String.class));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start: " + String.join("; ", problems));
        }
    }

    /** What is wrong; empty when the gateway may start. */
    public static List<String> problems(boolean production, boolean devTokensEnabled, boolean proxyAddressForwarding,
                                        Optional<String> trustedProxies) {
        List<String> problems = new ArrayList<>();
        if (production && devTokensEnabled) {
            problems.add("development tokens are enabled in the production profile; unset THADS_DEV_TOKENS_ENABLED");
        }
        if (proxyAddressForwarding && trustedProxies.filter(p -> !p.isBlank()).isEmpty()) {
            problems.add("client addresses are taken from forwarding headers (quarkus.http.proxy.proxy-address-forwarding) "
                    + "but no proxy is trusted; set QUARKUS_HTTP_PROXY_TRUSTED_PROXIES to the load balancers' addresses");
        }
        return problems;
    }
}
