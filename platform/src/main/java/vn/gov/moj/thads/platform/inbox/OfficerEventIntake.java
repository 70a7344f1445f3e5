package vn.gov.moj.thads.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import vn.gov.moj.thads.platform.event.EventChecks;
import vn.gov.moj.thads.platform.event.EventCodec;
import vn.gov.moj.thads.platform.event.EventEnvelope;
import vn.gov.moj.thads.platform.event.OfficerEvents;
import vn.gov.moj.thads.platform.event.Topics;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What every consumer of {@value Topics#OFFICER_EVENTS} keeps of a poll's batch, in the caller's transaction: each record
 * checked ({@link EventChecks#officerEvent}; the refused added to the caller's list, for the dead-letter topic), each event
 * once for the consumer ({@link Inbox}), and of each officer the event of the highest record version (pods' clocks differ;
 * the version does not). The consumer keeps it unless it holds a higher version already.
 */
@ApplicationScoped
public class OfficerEventIntake {

    /** An officer's event with its envelope (its time is when the case service made the change). */
    public record Received(EventEnvelope envelope, OfficerEvents.OfficerEvent event) {
    }

    @Inject EventCodec codec;
    @Inject Inbox inbox;
    @Inject OrgUnits orgUnits;
    @Inject Clock clock;

    /** The newest event of each officer in {@code batch} met for the first time by {@code consumer}, in officer id order. */
    public List<Received> newestPerOfficer(List<ConsumerRecord<String, String>> batch, String consumer, List<BatchIntake.Refused> refused) {
        List<Received> checked = BatchIntake.checkEach(batch, record -> {
            EventEnvelope envelope = codec.read(record.value());
            return new Received(envelope, EventChecks.officerEvent(envelope, codec, orgUnits, clock));
        }, refused);
        if (checked.isEmpty()) {
            return List.of();
        }
        Set<UUID> fresh = inbox.firstDeliveries(consumer, checked.stream().map(c -> c.envelope().id()).collect(Collectors.toSet()));
        Map<UUID, Received> newest = new HashMap<>();
        for (Received received : checked) {
            if (fresh.remove(received.envelope().id())) { // a duplicate within the batch counts once
                newest.merge(received.event().officerId(), received, (a, b) -> b.event().version() < a.event().version() ? a : b);
            }
        }
        // in the officers' order: two batches keeping the same officers lock their rows in one order, and do not deadlock
        return newest.values().stream().sorted(Comparator.comparing((Received r) -> r.event().officerId())).toList();
    }
}
