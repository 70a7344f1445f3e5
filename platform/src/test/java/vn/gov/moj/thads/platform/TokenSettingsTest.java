package vn.gov.moj.thads.platform;

import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.platform.security.TokenSettings;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The start-up check of the token settings, without starting a service. */
class TokenSettingsTest {

    private static final Optional<String> AUDIENCE = Optional.of("thads-api");
    private static final Optional<String> AGE = Optional.of("3600");

    @Test
    void productionWithoutAnIssuerDoesNotStart() {
        assertThat(TokenSettings.problems(true, Optional.empty(), AUDIENCE, AGE))
                .singleElement().asString().contains("MP_JWT_VERIFY_ISSUER");
        assertThat(TokenSettings.problems(true, Optional.of(""), AUDIENCE, AGE)).hasSize(1);
    }

    @Test
    void productionWithItsIdentityProvidersIssuerStarts() {
        assertThat(TokenSettings.problems(true, Optional.of("https://sso.moj.gov.vn/realms/thads"), AUDIENCE, AGE)).isEmpty();
    }

    @Test
    void outsideProductionTheDevelopmentIssuerIsEnough() {
        assertThat(TokenSettings.problems(false, Optional.of("thads-dev"), AUDIENCE, AGE)).isEmpty();
    }

    @Test
    void anAudienceAndAMaximumAgeAreRequiredEverywhere() {
        assertThat(TokenSettings.problems(false, Optional.of("thads-dev"), Optional.empty(), Optional.empty()))
                .hasSize(2).anySatisfy(p -> assertThat(p).contains("MP_JWT_VERIFY_AUDIENCES"))
                .anySatisfy(p -> assertThat(p).contains("MP_JWT_VERIFY_TOKEN_AGE"));
    }
}
