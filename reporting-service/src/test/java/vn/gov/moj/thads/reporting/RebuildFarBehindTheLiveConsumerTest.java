package vn.gov.moj.thads.reporting;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.deploy.testing.TopicClient;
import vn.gov.moj.thads.platform.event.EventCodec;

import java.time.LocalDate;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static vn.gov.moj.thads.reporting.RebuildBehindTheLiveConsumerTest.SignedStory;
import static vn.gov.moj.thads.reporting.RebuildBehindTheLiveConsumerTest.rebuildWhileTheViewIsHeldAfter;
import static vn.gov.moj.thads.reporting.RebuildBehindTheLiveConsumerTest.signedWithACollection;
import static vn.gov.moj.thads.reporting.RebuildBehindTheLiveConsumerTest.theLateCollectionIsFlagged;

/**
 * A rebuild that cannot read all the live consumers have not applied (here no record at all: they are further behind
 * than a rebuild reads) used to apply those events itself, flagging nothing: a collection dated inside a signed period
 * reached the figures with no late-entry row. With a period signed it now fails, the view unchanged, and the live
 * consumer applies the collection with its late entry. Huế (46), which no other test uses.
 */
@QuarkusTest
@TestProfile(RebuildFarBehindTheLiveConsumerTest.ReadsNoLag.class)
class RebuildFarBehindTheLiveConsumerTest {

    private static final long M = 1_000_000L;

    public static class ReadsNoLag implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("thads.rebuild.live-lag-records", "0");
        }
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject EventCodec codec;

    @Test
    void aRebuildThatCannotLeaveTheLagToTheLiveConsumerFailsRatherThanDropTheLateEntry() throws Exception {
        SignedStory signed = signedWithACollection(codec, new TopicClient(bootstrapServers), "46");
        // the live consumer reads a collection dated in the signed period and waits; the rebuild, reading no lag, fails
        rebuildWhileTheViewIsHeldAfter(() -> signed.story().collected(20 * M, LocalDate.parse("2026-02-10")), "FAILED")
                .body("error", containsString("thads.rebuild.live-lag-records"));
        // the live consumer applies it after, with the audit
        theLateCollectionIsFlagged(signed);
    }
}
