package vn.gov.moj.thads.platform.security;

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
 * What a service accepts as a bearer token must be set for the deployment: the development issuer
 * exists only in the dev, test and local profiles, and a production start without the identity
 * provider's issuer, the API's audience or a maximum token age stops with a message saying what to
 * set, instead of accepting tokens of any issuer.
 */
@ApplicationScoped
public class TokenSettings {

    public static final String ISSUER = "mp.jwt.verify.issuer";
    public static final String AUDIENCES = "mp.jwt.verify.audiences";
    public static final String MAX_AGE = "mp.jwt.verify.token.age";

    void check(@Observes StartupEvent start) {
        Config config = ConfigProvider.getConfig();
        List<String> problems = problems(ConfigUtils.getProfiles().contains("prod"),
                config.getOptionalValue(ISSUER, String.class), config.getOptionalValue(AUDIENCES, String.class),
                config.getOptionalValue(MAX_AGE, String.class));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start: " + String.join("; ", problems));
        }
    }

    /** What is missing; empty when tokens are checked as they must be. */
    public static List<String> problems(boolean production, Optional<String> issuer, Optional<String> audiences,
                                        Optional<String> maxAge) {
        List<String> problems = new ArrayList<>();
        if (production && issuer.filter(i -> !i.isBlank()).isEmpty()) {
            problems.add("no token issuer is set: set MP_JWT_VERIFY_ISSUER to the identity provider's issuer (iss)");
        }
        if (audiences.filter(a -> !a.isBlank()).isEmpty()) {
            problems.add("no token audience is set: set MP_JWT_VERIFY_AUDIENCES (thads-api)");
        }
        if (maxAge.filter(a -> !a.isBlank()).isEmpty()) {
            problems.add("no maximum token age is set: set MP_JWT_VERIFY_TOKEN_AGE (seconds)");
        }
        return problems;
    }
}
