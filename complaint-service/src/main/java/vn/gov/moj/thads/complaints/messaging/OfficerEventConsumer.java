package vn.gov.moj.thads.complaints.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.gov.moj.thads.complaints.model.OfficerAccount;
import vn.gov.moj.thads.platform.inbox.BatchIntake;
import vn.gov.moj.thads.platform.inbox.BatchIntake.Refused;
import vn.gov.moj.thads.platform.inbox.OfficerEventIntake;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps each officer's standing from the case service's officer events, so that a deactivated officer's account loses
 * its officer powers here as it does there (handler of a petition, the agency's desk, its petitions' reading). A poll's
 * batch per transaction, once per event (an inbox of its own: an id on this topic never stands for one on the case
 * topic); what fails its checks goes to {@code thads.officer-events.dlq} with the reason ({@link BatchIntake}).
 */
@ApplicationScoped
public class OfficerEventConsumer {

    static final String CONSUMER = "complaint-service-officers";

    @Inject OfficerEventIntake officers;
    @Inject BatchIntake intake;

    @Incoming("officer-events")
    @Blocking
    public void on(ConsumerRecords<String, String> records) {
        intake.take(records, this::apply);
    }

    List<Refused> apply(List<ConsumerRecord<String, String>> batch) {
        List<Refused> refused = new ArrayList<>();
        OfficerAccount.learnStanding(officers.newestPerOfficer(batch, CONSUMER, refused).stream().map(r -> new OfficerAccount.Standing(
                r.event().officerId(), r.event().officerSubject(), r.event().agencyCode(), r.event().active(), r.event().version(),
                r.envelope().time())).toList());
        return refused;
    }
}
