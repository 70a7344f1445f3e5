package vn.gov.moj.thads.complaints.rules;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import vn.gov.moj.thads.complaints.config.ComplaintRulesConfig;
import vn.gov.moj.thads.complaints.service.ComplaintRules;
import vn.gov.moj.thads.platform.calendar.WorkingCalendar;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The rules as shipped, without Quarkus: the rule sets of this module's application.properties
 * (read by SmallRye Config, as the service does), the shipped Vietnamese calendar, the shipped
 * provinces and the test deployment's local offices.
 */
final class ShippedRules {

    static final OrgUnits ORG_UNITS = new OrgUnits(Optional.of("classpath:reference/local-offices.csv"));
    static final ComplaintRules RULES = new ComplaintRules(config(), WorkingCalendar.vietnam(), ORG_UNITS);

    private ShippedRules() {
    }

    private static ComplaintRulesConfig config() {
        try {
            SmallRyeConfig config = new SmallRyeConfigBuilder()
                    .withSources(new PropertiesConfigSource(ShippedRules.class.getResource("/application.properties"), 250))
                    .withMapping(ComplaintRulesConfig.class)
                    .build();
            return config.getConfigMapping(ComplaintRulesConfig.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
