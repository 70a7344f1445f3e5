package vn.gov.moj.thads.reporting.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.gov.moj.thads.platform.event.Topics;
import vn.gov.moj.thads.platform.inbox.BatchIntake;
import vn.gov.moj.thads.platform.inbox.OfficerEventIntake;
import vn.gov.moj.thads.reporting.repository.OfficerAccounts;
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
    @Inject OfficerEventIntake officers;
    @Inject OfficerAccounts accounts;

    /** The inbox of the officer events. */
    static final String OFFICERS = "reporting-officers";

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

    /**
     * Whose officer each account is ({@link OfficerAccounts#learnRecords}), for the officer targets: not the view's, so
     * neither held by a rebuild nor rebuilt. What fails its checks goes to {@code thads.officer-events.dlq} with the reason.
     */
    @Incoming("officer-events")
    @Blocking
    public void onOfficerEvents(ConsumerRecords<String, String> records) {
        intake.take(records, some -> {
            List<BatchIntake.Refused> refused = new ArrayList<>();
            accounts.learnRecords(officers.newestPerOfficer(some, OFFICERS, refused));
            return refused;
        });
    }

    private void take(String topic, ConsumerRecords<String, String> records) {
        List<BatchIntake.Refused> refused = lock.shared(() -> intake.applySettingAsidePoison(BatchIntake.inPollOrder(records),
                some -> feed.apply(topic, some).refused()));
        // awaited: the batch is acknowledged only once every refused record is safe on the dead-letter topic
        refused.forEach(intake::deadLetter);
    }
}
