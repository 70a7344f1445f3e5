package vn.gov.moj.thads.reporting;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.platform.event.CaseEvents;
import vn.gov.moj.thads.platform.event.EventChecks;
import vn.gov.moj.thads.platform.event.EventCodec;
import vn.gov.moj.thads.platform.event.EventEnvelope;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The benchmark's national data set is made of events every consumer accepts: an event the checks refuse would be
 * dead-lettered, and the benchmark would time a view that misses it (session 14: its complaints carried jurisdiction
 * "FIRST", refused once petitions were held to their vocabulary).
 */
class NationalDataSetTest {

    @Test
    void everyEventOfTheDataSetPassesTheConsumersChecks() {
        EventCodec codec = new EventCodec(new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS));
        OrgUnits orgUnits = new OrgUnits(Optional.of(Path.of("../deploy/local/src/main/resources/reference/local-offices.csv").toString()));
        NationalDataSet data = new NationalDataSet(codec, NationalDataSet.agencies(orgUnits));
        Clock after = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);
        for (long i = 0; i < 3_000; i++) {
            for (EventEnvelope e : data.caseEvents(i)) {
                EventEnvelope read = codec.read(codec.write(e));
                assertThatCode(() -> {
                    if (read.source().equals(CaseEvents.SOURCE)) {
                        EventChecks.caseEvent(read, codec, orgUnits, after);
                    } else {
                        EventChecks.complaintEvent(read, codec, orgUnits, after);
                    }
                }).as(e.type() + " of case " + i).doesNotThrowAnyException();
            }
        }
    }
}
