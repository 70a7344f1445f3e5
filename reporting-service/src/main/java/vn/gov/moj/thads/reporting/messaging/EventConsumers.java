package vn.gov.moj.thads.reporting.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.gov.moj.thads.platform.event.Topics;
import vn.gov.moj.thads.platform.inbox.BatchIntake;
import vn.gov.moj.thads.reporting.service.ViewFeed;
import vn.gov.moj.thads.reporting.service.ViewLock;

import java.util.ArrayList;
import java.util.List;

/**
 * The live feed of the reporting view from both topics, a poll's batch per transaction (the
 * whole country's daily volume is applied in seconds), through the platform's {@link BatchIntake}:
 * a record the view cannot apply goes to its topic's dead-letter topic with the reason, and the
 * rest of the stream goes on; a batch that fails for another reason is not acknowledged.
 */
@ApplicationScoped
public class EventConsumers {

    @Inject ViewFeed feed;
    @Inject ViewLock lock;
    @Inject BatchIntake intake;

    @Incoming("case-events")
    @Blocking
    public void onCaseEvents(ConsumerRecords<String, String> records) {
        take(Topics.CASE_EVENTS, records);
    }

    @Incoming("complaint-events")
    @Blocking
    public void onComplaintEvents(ConsumerRecords<String, String> records) {
        take(Topics.COMPLAINT_EVENTS, records);
    }

    private void take(String topic, ConsumerRecords<String, String> records) {
        List<ConsumerRecord<String, String>> batch = new ArrayList<>(records.count());
        records.forEach(batch::add);
        List<BatchIntake.Refused> refused = lock.shared(() -> intake.applySettingAsidePoison(batch, some -> feed.apply(topic, some).refused()));
        // awaited: the batch is acknowledged only once every refused record is safe on the dead-letter topic
        refused.forEach(intake::deadLetter);
    }
}
