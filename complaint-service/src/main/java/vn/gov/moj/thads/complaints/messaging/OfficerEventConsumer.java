package vn.gov.moj.thads.complaints.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.gov.moj.thads.complaints.model.OfficerAccount;
import vn.gov.moj.thads.platform.event.EventChecks;
import vn.gov.moj.thads.platform.event.EventCodec;
import vn.gov.moj.thads.platform.event.EventEnvelope;
import vn.gov.moj.thads.platform.event.OfficerEvents;
import vn.gov.moj.thads.platform.inbox.BatchIntake;
import vn.gov.moj.thads.platform.inbox.BatchIntake.Refused;
import vn.gov.moj.thads.platform.inbox.Inbox;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Keeps each officer's standing from the case service's officer events, so that a deactivated officer's account loses
 * its officer powers here as it does there (handler of a petition, the agency's desk, its petitions' reading). A poll's
 * batch per transaction, once per event (an inbox of its own: an id on this topic never stands for one on the case
 * topic); what fails its checks goes to {@code thads.officer-events.dlq} with the reason ({@link BatchIntake}).
 */
@ApplicationScoped
public class OfficerEventConsumer {

    static final String CONSUMER = "complaint-service-officers";

    private record Checked(EventEnvelope envelope, OfficerEvents.OfficerEvent event) {
    }

    @Inject EventCodec codec;
    @Inject Inbox inbox;
    @Inject OrgUnits orgUnits;
    @Inject Clock clock;
    @Inject BatchIntake intake;

    @Incoming("officer-events")
    @Blocking
    public void on(ConsumerRecords<String, String> records) {
        List<ConsumerRecord<String, String>> batch = new ArrayList<>(records.count());
        records.forEach(batch::add);
        intake.take(batch, this::apply);
    }

    List<Refused> apply(List<ConsumerRecord<String, String>> batch) {
        List<Refused> refused = new ArrayList<>();
        List<Checked> checked = BatchIntake.checkEach(batch, record -> {
            EventEnvelope envelope = codec.read(record.value());
            return new Checked(envelope, EventChecks.officerEvent(envelope, codec, orgUnits, clock));
        }, refused);
        if (checked.isEmpty()) {
            return refused;
        }
        Set<UUID> fresh = inbox.firstDeliveries(CONSUMER, checked.stream().map(c -> c.envelope().id()).collect(Collectors.toSet()));
        Map<UUID, OfficerAccount.Standing> standings = new HashMap<>(); // per officer, the highest version of the batch
        for (Checked c : checked) {
            if (fresh.remove(c.envelope().id())) {
                OfficerEvents.OfficerEvent e = c.event();
                standings.merge(e.officerId(), new OfficerAccount.Standing(e.officerId(), e.officerSubject(), e.agencyCode(), e.active(),
                        e.version(), c.envelope().time()), OfficerAccount.Standing::orLater);
            }
        }
        OfficerAccount.learnStanding(standings.values());
        return refused;
    }
}
