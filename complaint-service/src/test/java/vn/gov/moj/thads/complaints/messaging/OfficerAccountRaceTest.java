package vn.gov.moj.thads.complaints.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.complaints.model.CaseView;
import vn.gov.moj.thads.platform.event.CaseEvents;
import vn.gov.moj.thads.platform.event.EventCodec;
import vn.gov.moj.thads.platform.event.EventEnvelope;
import vn.gov.moj.thads.platform.inbox.BatchIntake;
import vn.gov.moj.thads.platform.inbox.BatchIntake.Refused;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two replicas learning one officer at once: case events are keyed by case, so two assignments of the officer on two
 * cases can be on two partitions, each read by its own replica. Here two batches run through the platform's
 * {@link BatchIntake} on two threads, one transaction under way (its batch applied, not committed) while the other
 * runs and commits, or waits for it. Before the upsert, an older assignment under way wrote back what it had read: over
 * the newer account and agency committed meanwhile, or (both inserting the officer's first row) failing its commit on
 * the primary key, after which its whole batch went again one record per transaction.
 */
@QuarkusTest
class OfficerAccountRaceTest {

    private static final String TOPIC = "thads.case-events";
    private static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));

    @Inject CaseEventConsumer consumer;
    @Inject BatchIntake intake;
    @Inject EventCodec codec;
    @Inject EntityManager em;

    private final UUID officer = UUID.randomUUID();
    private final ExecutorService replicas = Executors.newFixedThreadPool(2);
    private final AtomicLong offsets = new AtomicLong();

    @AfterEach
    void stopReplicas() {
        replicas.shutdownNow();
    }

    @Test
    void aNewerAssignmentCommittedWhileAnOlderOneIsUnderWayIsKept() throws Exception {
        learntBefore();
        race(true);
    }

    @Test
    void twoFirstAssignmentsOfAnOfficerAtOnceCommitBothBatches() throws Exception {
        assertThat(account()).isNull();
        race(true);
    }

    /** The other way round: the older assignment, run while the newer one is under way, must not overwrite it once that commits. */
    @Test
    void anOlderAssignmentRunWhileANewerOneIsUnderWayChangesNothing() throws Exception {
        learntBefore();
        race(false);
    }

    private void learntBefore() {
        assertThat(intake.applySettingAsidePoison(List.of(assigned(UUID.randomUUID(), "19.05", "19", "cbv-first",
                OffsetDateTime.now().minusHours(1))), consumer::apply)).isEmpty();
        assertThat(account()).containsExactly("cbv-first", "19.05");
    }

    /**
     * The older assignment's batch and the newer one's, on two threads: the first (the older when {@code olderFirst})
     * applied and held before its commit while the second runs and commits, or waits for the first's lock on the row.
     */
    private void race(boolean olderFirst) throws Exception {
        String olderAccount = "cbv-" + UUID.randomUUID();
        String newerAccount = "cbv-" + UUID.randomUUID();
        UUID otherCase = UUID.randomUUID();
        // the older batch also carries another case's event, which a failed commit would take down with it
        List<ConsumerRecord<String, String>> olderBatch = List.of(
                caseEvent(otherCase, OffsetDateTime.now().minusMinutes(20)),
                assigned(UUID.randomUUID(), "19.05", "19", olderAccount, OffsetDateTime.now().minusMinutes(10)));
        List<ConsumerRecord<String, String>> newerBatch = List.of(
                assigned(UUID.randomUUID(), "79.01", "79", newerAccount, OffsetDateTime.now().minusMinutes(5)));
        List<ConsumerRecord<String, String>> firstBatch = olderFirst ? olderBatch : newerBatch;
        List<ConsumerRecord<String, String>> secondBatch = olderFirst ? newerBatch : olderBatch;

        AtomicInteger firstRuns = new AtomicInteger();
        AtomicInteger secondRuns = new AtomicInteger();
        CountDownLatch firstUnderWay = new CountDownLatch(1);
        CompletableFuture<Void> secondCommittedOrWaiting = new CompletableFuture<>();
        AtomicLong secondBackend = new AtomicLong();

        Future<List<Refused>> first = replicas.submit(() -> intake.applySettingAsidePoison(firstBatch, records -> {
            List<Refused> refused = consumer.apply(records);
            if (firstRuns.incrementAndGet() == 1) { // applied, not yet committed: the second batch runs now
                firstUnderWay.countDown();
                awaitOrFail(secondCommittedOrWaiting);
            }
            return refused;
        }));
        assertThat(firstUnderWay.await(20, TimeUnit.SECONDS)).isTrue();

        Future<List<Refused>> second = replicas.submit(() -> intake.applySettingAsidePoison(secondBatch, records -> {
            secondRuns.incrementAndGet();
            secondBackend.set(((Number) em.createNativeQuery("select pg_backend_pid()").getSingleResult()).longValue());
            return consumer.apply(records);
        }));
        // the second batch commits, or (the first one holding the officer's row) waits for the first one's commit
        await().atMost(Duration.ofSeconds(20)).until(() -> second.isDone() || waitsForALock(secondBackend.get()));
        secondCommittedOrWaiting.complete(null);

        // neither batch failed: nothing set aside (for the dead-letter topic), nor run again record by record
        assertThat(first.get(30, TimeUnit.SECONDS)).isEmpty();
        assertThat(second.get(30, TimeUnit.SECONDS)).isEmpty();
        assertThat(firstRuns).as("runs of the batch under way").hasValue(1);
        assertThat(secondRuns).as("runs of the batch run meanwhile").hasValue(1);
        assertThat(account()).as("the officer's account and agency").containsExactly(newerAccount, "79.01");
        assertThat(QuarkusTransaction.requiringNew().call(() -> CaseView.<CaseView>findById(otherCase))).as("the other case of the older batch")
                .isNotNull();
    }

    private static void awaitOrFail(CompletableFuture<Void> signal) {
        try {
            signal.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The newer batch neither committed nor waited", e);
        }
    }

    private boolean waitsForALock(long backend) {
        return backend != 0 && QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "select count(*) from pg_stat_activity where pid = ?1 and wait_event_type = 'Lock'")
                .setParameter(1, (int) backend).getSingleResult()).longValue() == 1);
    }

    /** The officer's row as stored: account, agency; null when not learnt. */
    private List<String> account() {
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select subject, agency_code from officer_account where officer_id = ?1").setParameter(1, officer).getResultList());
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = (Object[]) rows.get(0);
        return List.of((String) row[0], (String) row[1]);
    }

    private ConsumerRecord<String, String> assigned(UUID caseId, String agency, String province, String officerAccount,
                                                    OffsetDateTime at) {
        var event = new CaseEvents.CaseAssigned(facts(caseId, agency, province, officer), officer, null, TODAY.minusDays(10), officerAccount);
        return record(EventEnvelope.of(CaseEvents.SOURCE, "CaseAssigned", 1, caseId.toString(), agency, province, at, codec.tree(event)));
    }

    /** Another officer's assignment on another case: an event of the batch that has nothing to do with the race. */
    private ConsumerRecord<String, String> caseEvent(UUID caseId, OffsetDateTime at) {
        UUID someoneElse = UUID.randomUUID();
        var event = new CaseEvents.CaseAssigned(facts(caseId, "19.05", "19", someoneElse), someoneElse, null, TODAY.minusDays(10),
                "cbv-" + someoneElse);
        return record(EventEnvelope.of(CaseEvents.SOURCE, "CaseAssigned", 1, caseId.toString(), "19.05", "19", at, codec.tree(event)));
    }

    private static CaseEvents.CaseFacts facts(UUID caseId, String agency, String province, UUID officerId) {
        return new CaseEvents.CaseFacts(caseId, agency, province, "QĐ-" + caseId, TODAY.minusDays(90), "ON_REQUEST", "RECEIVED", null,
                10_000_000, 0, 10_000_000, List.of(), officerId, 0);
    }

    private ConsumerRecord<String, String> record(EventEnvelope event) {
        return new ConsumerRecord<>(TOPIC, 0, offsets.incrementAndGet(), event.aggregateId(), codec.write(event));
    }
}
