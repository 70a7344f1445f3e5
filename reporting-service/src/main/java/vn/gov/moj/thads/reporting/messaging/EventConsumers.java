package vn.gov.moj.thads.reporting.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.gov.moj.thads.platform.event.Topics;
import vn.gov.moj.thads.reporting.service.ViewFeed;
import vn.gov.moj.thads.reporting.service.ViewLock;

import java.util.ArrayList;
import java.util.List;

/**
 * The live feed of the reporting view from both topics, a poll's batch per transaction (the
 * whole country's daily volume is applied in seconds). A record the view cannot apply goes to its
 * topic's dead-letter topic with the reason, and the rest of the stream goes on: when a batch
 * fails because of one record, its records are applied one by one so that only that one is set
 * aside. A batch that fails for another reason (the database is down) is not acknowledged, so
 * nothing is lost.
 */
@ApplicationScoped
public class EventConsumers {

    @Inject ViewFeed feed;
    @Inject ViewLock lock;
    @Inject DeadLetters deadLetters;

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
        List<ViewFeed.Refused> refused = lock.shared(() -> applySettingAsidePoison(topic, batch));
        // awaited: the batch is acknowledged only once every refused record is safe on the dead-letter topic
        refused.forEach(deadLetters::send);
    }

    private List<ViewFeed.Refused> applySettingAsidePoison(String topic, List<ConsumerRecord<String, String>> batch) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> feed.apply(topic, batch)).refused();
        } catch (RuntimeException failure) {
            if (!ViewFeed.isCausedByTheRecord(failure)) {
                throw failure;
            }
            List<ViewFeed.Refused> refused = new ArrayList<>();
            for (ConsumerRecord<String, String> record : batch) {
                try {
                    refused.addAll(QuarkusTransaction.requiringNew().call(() -> feed.apply(topic, List.of(record))).refused());
                } catch (RuntimeException one) {
                    if (!ViewFeed.isCausedByTheRecord(one)) {
                        throw one;
                    }
                    refused.add(new ViewFeed.Refused(record, "The view cannot store it (" + ViewFeed.describe(one) + ")"));
                }
            }
            return refused;
        }
    }
}
