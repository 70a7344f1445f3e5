package vn.gov.moj.thads.reporting.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.gov.moj.thads.platform.inbox.BatchIntake;
import vn.gov.moj.thads.platform.event.Topics;
import vn.gov.moj.thads.platform.problem.ProblemException;
import vn.gov.moj.thads.reporting.repository.FigureAggregateRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rebuilds the reporting view from the topics, in the background: it replays both topics from
 * offset 0 up to their end at the start, through the same path as the live consumers (but for
 * the cases and figures, which stay in memory over batches up to {@link Limits}), and replaces
 * the view in one transaction, so that reports read the old view until the new one is
 * whole (and keep it when the rebuild fails). Live consumers wait meanwhile ({@link ViewLock})
 * and then go on from where they were; the inbox makes what both saw count once. A record the view
 * refuses is skipped and logged with its offset, not its reason (the live consumer sent it to the
 * dead-letter topic, with the reason, when it first met it). One rebuild at a time in the whole deployment, whatever
 * the number of instances (a PostgreSQL advisory lock, {@link ViewLock#tryHoldRebuild()}); its
 * status is kept in {@code view_rebuild}.
 */
@ApplicationScoped
public class ViewRebuild {

    private static final Logger LOG = Logger.getLogger(ViewRebuild.class);
    /** How long a new rebuild may take to reach its lock (a rebuild started on another instance just now). */
    private static final Duration STARTING = Duration.ofMinutes(1);

    public record Status(UUID id, String state, String requestedBy, OffsetDateTime startedAt, OffsetDateTime finishedAt,
                         long eventsApplied, long eventsRefused, String error) {
    }

    private final EntityManager em;
    private final ViewFeed feed;
    private final ViewUpdater view;
    private final ViewLock lock;
    private final FigureAggregateRepository aggregates;
    private final ReplayInbox replayed;
    private final KafkaClientService kafka;
    private final Clock clock;
    private final Duration timeout;
    private final Limits limits;
    private final LiveLag liveLag;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "view-rebuild"));
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile UUID current;
    private final AtomicLong applied = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();

    /**
     * How much a rebuild holds in memory: {@code batch} records read and applied together (a poll
     * brings at most 2,000); {@code cases} and {@code figureRows}: the cases and daily figures
     * applied but not yet written ({@link PendingCases}), a few hundred bytes each.
     */
    public record Limits(int batch, int cases, int figureRows) {
    }

    /**
     * How far behind the live consumers a rebuild reads to find the events they have not applied (which it leaves to
     * them): at most {@code records} past their committed offsets, for at most {@code time} (the view is held alone
     * meanwhile; a partition without a leader would hold it for ever).
     */
    public record LiveLag(long records, Duration time) {
    }

    /** Refused because the live consumers are too far behind while periods are signed; the message says what to do. */
    static final class LiveConsumersBehind extends RuntimeException {
        LiveConsumersBehind(String message) {
            super(message, null, false, false);
        }
    }

    public ViewRebuild(EntityManager em, ViewFeed feed, ViewUpdater view, ViewLock lock, FigureAggregateRepository aggregates,
                       ReplayInbox replayed, KafkaClientService kafka, Clock clock, @ConfigProperty(name = "thads.rebuild.timeout", defaultValue = "6h") Duration timeout,
                       @ConfigProperty(name = "thads.rebuild.batch") int batch,
                       @ConfigProperty(name = "thads.rebuild.cases-in-memory") int cases,
                       @ConfigProperty(name = "thads.rebuild.figure-rows-in-memory") int figureRows,
                       @ConfigProperty(name = "thads.rebuild.live-lag-records", defaultValue = "200000") long liveLagRecords,
                       @ConfigProperty(name = "thads.rebuild.live-lag-time", defaultValue = "2m") Duration liveLagTime) {
        this.em = em;
        this.feed = feed;
        this.view = view;
        this.lock = lock;
        this.aggregates = aggregates;
        this.replayed = replayed;
        this.kafka = kafka;
        this.clock = clock;
        this.timeout = timeout;
        this.limits = new Limits(batch, cases, figureRows);
        this.liveLag = new LiveLag(liveLagRecords, liveLagTime);
    }

    /** Starts a rebuild; 409 when one is running. */
    public Status start(String requestedBy) {
        if (!running.compareAndSet(false, true)) {
            throw ProblemException.conflict("rebuild-running", "A rebuild of the reporting view is running; follow its status");
        }
        UUID id = UUID.randomUUID();
        applied.set(0);
        refused.set(0);
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                // Another instance's rebuild holds the lock, or has just been started and is about to take it.
                if (!lock.tryHoldRebuild() || ((Number) em.createNativeQuery("select count(*) from view_rebuild where state = 'RUNNING'"
                        + " and started_at > ?1").setParameter(1, OffsetDateTime.now(clock).minus(STARTING)).getSingleResult()).longValue() > 0) {
                    throw ProblemException.conflict("rebuild-running", "A rebuild of the reporting view is running; follow its status");
                }
                // no instance is rebuilding: a rebuild still marked running was interrupted by a stop of its instance
                em.createNativeQuery("update view_rebuild set state = 'FAILED', finished_at = ?1, error = 'interrupted'"
                        + " where state = 'RUNNING'").setParameter(1, OffsetDateTime.now(clock)).executeUpdate();
                em.createNativeQuery("insert into view_rebuild (id, state, requested_by, started_at) values (?1, 'RUNNING', ?2, ?3)")
                        .setParameter(1, id).setParameter(2, requestedBy).setParameter(3, OffsetDateTime.now(clock)).executeUpdate();
            });
            current = id;
            worker.submit(() -> run(id));
        } catch (RuntimeException e) {
            running.set(false);
            throw e;
        }
        return status(id);
    }

    public Status status(UUID id) {
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select id, state, requested_by, started_at,"
                + " finished_at, events_applied, events_refused, error from view_rebuild where id = ?1").setParameter(1, id).getResultList());
        if (rows.isEmpty()) {
            throw ProblemException.notFound("Rebuild " + id);
        }
        Object[] r = (Object[]) rows.get(0);
        boolean live = "RUNNING".equals(r[1]) && id.equals(current); // counted here only by the instance that runs it
        return new Status((UUID) r[0], (String) r[1], (String) r[2], time(r[3]), time(r[4]),
                live ? applied.get() : ((Number) r[5]).longValue(), live ? refused.get() : ((Number) r[6]).longValue(), (String) r[7]);
    }

    private void run(UUID id) {
        try {
            lock.exclusive(() -> {
                QuarkusTransaction.requiringNew().timeout((int) timeout.toSeconds()).run(this::replay);
                return null;
            });
            finish(id, "FINISHED", null);
            LOG.infof("Reporting view rebuilt from %d events (%d refused)", applied.get(), refused.get());
        } catch (LiveConsumersBehind e) {
            LOG.warnf("Rebuild of the reporting view refused; the view is unchanged: %s", e.getMessage());
            finish(id, "FAILED", e.getMessage());
        } catch (RuntimeException | Error e) {
            LOG.errorf("Rebuild of the reporting view failed; the view is unchanged: %s", BatchIntake.describe(e));
            finish(id, "FAILED", BatchIntake.describe(e));
        } finally {
            running.set(false);
        }
    }

    /** Empties the view and replays both topics into it, in the caller's transaction: until it commits, readers see the old view. */
    private void replay() {
        // one rebuild in the deployment; the writers of every instance out of the view until the commit
        if (!lock.tryHoldRebuild()) {
            throw new IllegalStateException("Another instance is rebuilding the view");
        }
        lock.holdAlone();
        // one transaction over the whole topics: its statements may take longer than a report may
        em.createNativeQuery("set local statement_timeout = 0").executeUpdate();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : List.of(Topics.CASE_EVENTS, Topics.COMPLAINT_EVENTS)) {
                consumer.partitionsFor(topic, Duration.ofSeconds(10)).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<String, Set<UUID>> leftToLive = notAppliedLive(consumer, partitions, end);
            // emptied once it is known the rebuild goes on (a refusal above rolls back nothing big); delete, not truncate:
            // a truncate would lock readers out until the commit
            for (String table : List.of("case_fact", "case_verification", "case_collection", "case_reduction", "case_status_change",
                    "case_assignment", "case_categorisation", "complaint_fact", "complaint_due")) {
                em.createNativeQuery("delete from " + table).executeUpdate();
            }
            aggregates.clear();
            replayed.begin(); // the live inbox is left as it is until the replay's end (ReplayInbox)
            consumer.seekToBeginning(partitions);
            // The next batch is read from Kafka and decoded on another thread while this one writes the
            // current batch: one task at a time uses the consumer, each after the previous has been joined.
            ExecutorService reader = Executors.newSingleThreadExecutor(r -> new Thread(r, "view-rebuild-reader"));
            // the cases and figures applied stay in memory over batches: a case or a daily figure many batches touch is written once
            PendingCases pending = PendingCases.rebuild(limits.cases(), limits.figureRows());
            try {
                List<ViewFeed.Decoded> batch = reader.submit(() -> nextBatch(consumer, partitions, end)).get();
                while (!batch.isEmpty()) {
                    Future<List<ViewFeed.Decoded>> next = reader.submit(() -> nextBatch(consumer, partitions, end));
                    for (ViewFeed.Decoded read : batch) {
                        Set<UUID> left = leftToLive.getOrDefault(read.topic(), Set.of());
                        ViewFeed.Decoded decoded = left.isEmpty() ? read : read.without(left);
                        ViewFeed.Outcome outcome = feed.apply(decoded, pending);
                        applied.addAndGet(outcome.applied());
                        refused.addAndGet(outcome.refused().size());
                        // where, not why: a reason can quote the event (a parser's message), and the record's copy on the
                        // dead-letter topic carries it (BatchIntake logs its dead letters alike)
                        outcome.refused().forEach(r -> LOG.warnf("Rebuild skips %s-%d@%d (refused, as when it was first read; the"
                                + " reason is in the dead-letter-reason header of its copy on %s.dlq)", r.record().topic(),
                                r.record().partition(), r.record().offset(), r.record().topic()));
                    }
                    batch = next.get();
                }
                view.write(pending, true);
                replayed.becomeTheInboxes();
                aggregates.deriveFromDays();
                aggregates.breakdownIsKept();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Rebuild interrupted", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } finally {
                reader.shutdownNow();
                awaitReader(reader); // the consumer is closed below, on this thread: the reader must be done with it
            }
        }
    }

    /**
     * The events the live consumers have not applied yet: past the group's committed offsets, and past the last record
     * there whose event the inbox holds (the view is held alone, so none is being applied now; a consumer applies a
     * partition in order, and what it refused before that record it took out of the inbox again, so is not "not yet").
     * The rebuild leaves them to the live consumers, which apply them after it, with the late-entry audit: applied by the
     * rebuild, which flags nothing, a change inside a closed period would reach the figures without its late-entry row.
     * Past {@link LiveLag}'s records (a consumer far behind, or one that never committed), or when reading them takes
     * longer than its time, the rebuild cannot tell them apart: with no period signed nothing is a late entry, and it
     * applies them too; with one signed it fails ({@link #unreadLag}).
     */
    private Map<String, Set<UUID>> notAppliedLive(KafkaConsumer<String, String> consumer, List<TopicPartition> partitions,
                                     Map<TopicPartition, Long> end) {
        Map<TopicPartition, OffsetAndMetadata> committed = new HashMap<>();
        for (String channel : List.of("case-events", "complaint-events")) {
            Map<String, Object> config = new HashMap<>(consumerConfig());
            Map<String, ?> live = kafka.getConsumer(channel).configuration();
            config.put(ConsumerConfig.GROUP_ID_CONFIG, live.get(ConsumerConfig.GROUP_ID_CONFIG));
            config.put(ConsumerConfig.CLIENT_ID_CONFIG, "reporting-view-rebuild-offsets");
            String topic = "case-events".equals(channel) ? Topics.CASE_EVENTS : Topics.COMPLAINT_EVENTS;
            try (KafkaConsumer<String, String> group = new KafkaConsumer<>(config)) {
                committed.putAll(group.committed(partitions.stream().filter(p -> p.topic().equals(topic))
                        .collect(java.util.stream.Collectors.toSet()), Duration.ofSeconds(10)));
            }
        }
        Map<TopicPartition, Long> from = new HashMap<>();
        long behind = 0;
        for (TopicPartition p : partitions) {
            OffsetAndMetadata at = committed.get(p);
            long start = at == null ? 0 : at.offset();
            if (start < end.get(p)) {
                from.put(p, start);
                behind += end.get(p) - start;
            }
        }
        if (behind == 0) {
            return Map.of();
        }
        if (behind > liveLag.records()) {
            return unreadLag("The live consumers are " + behind + " records behind, more than a rebuild reads ("
                    + liveLag.records() + ", thads.rebuild.live-lag-records)");
        }
        from.forEach(consumer::seek);
        consumer.pause(partitions.stream().filter(p -> !from.containsKey(p)).toList());
        // by topic: each has its inbox, and an id may be in both (ViewUpdater.COMPLAINT_CONSUMER)
        Map<String, Map<UUID, ConsumerRecord<String, String>>> read = new HashMap<>();
        long deadline = System.nanoTime() + liveLag.time().toNanos();
        while (from.keySet().stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
            if (System.nanoTime() > deadline) {
                consumer.resume(consumer.paused());
                return unreadLag("Reading the " + behind + " records the live consumers are behind took over " + liveLag.time()
                        + " (thads.rebuild.live-lag-time)");
            }
            Map<String, List<ConsumerRecord<String, String>>> byTopic = new HashMap<>();
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                    byTopic.computeIfAbsent(record.topic(), k -> new ArrayList<>()).add(record);
                }
            }
            byTopic.forEach((topic, records) -> read.computeIfAbsent(topic, t -> new HashMap<>()).putAll(feed.decode(topic, records).byEvent()));
        }
        consumer.resume(consumer.paused());
        if (read.isEmpty()) {
            return Map.of();
        }
        Map<TopicPartition, Long> lastApplied = new HashMap<>();
        // by topic, as each topic's inbox: a complaint event under a case event's id leaves that case event to no one
        Map<String, Set<UUID>> left = new HashMap<>();
        read.forEach((topic, events) -> {
            String inbox = ViewUpdater.inboxOf(topic);
            @SuppressWarnings("unchecked")
            List<UUID> applied = em.createNativeQuery("select event_id from processed_event where consumer = ?1"
                            + " and event_id = any(cast(?2 as uuid[]))", UUID.class)
                    .setParameter(1, inbox).setParameter(2, events.keySet().toArray(UUID[]::new)).getResultList();
            for (UUID id : applied) {
                ConsumerRecord<String, String> r = events.get(id);
                lastApplied.merge(new TopicPartition(r.topic(), r.partition()), r.offset(), Math::max);
            }
        });
        read.values().forEach(events -> events.forEach((id, r) -> {
            if (r.offset() > lastApplied.getOrDefault(new TopicPartition(r.topic(), r.partition()), -1L)) {
                left.computeIfAbsent(r.topic(), t -> new HashSet<>()).add(id);
            }
        }));
        if (!left.isEmpty()) {
            LOG.infof("The rebuild leaves %d events the live consumers have not applied yet to them",
                    left.values().stream().mapToInt(Set::size).sum());
        }
        return left;
    }

    /**
     * The events the live consumers have not applied could not be read: the rebuild would apply them itself, and it flags
     * nothing, so a change inside a signed period would reach the figures without its late-entry row (as it did until
     * session 24). With a period signed the rebuild fails instead, the view unchanged, and the live consumers apply them
     * with the audit; with none (a new deployment, say) nothing could be late, and it applies them too.
     */
    private Map<String, Set<UUID>> unreadLag(String why) {
        if (!em.createNativeQuery("select 1 from signed_period limit 1").getResultList().isEmpty()) {
            throw new LiveConsumersBehind(why + ". Periods are signed, and a rebuild applying those events would leave no late-entry"
                    + " row for them: rebuild once the live consumers have caught up (kafka_consumer_fetch_manager_records_lag_max)");
        }
        LOG.warnf("%s: the rebuild applies them too (no period is signed, so none is a late entry)", why);
        return Map.of();
    }

    private static void awaitReader(ExecutorService reader) {
        try {
            if (!reader.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES)) {
                LOG.warn("The rebuild's reader did not stop within a minute");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The records up to the end offsets taken at the start, several polls to a batch (each batch
     * claims its events in the inbox in one statement), decoded per topic; none when every partition
     * has reached its end.
     */
    private List<ViewFeed.Decoded> nextBatch(KafkaConsumer<String, String> consumer, List<TopicPartition> partitions,
                                             Map<TopicPartition, Long> end) {
        Map<String, List<ConsumerRecord<String, String>>> byTopic = new HashMap<>();
        int taken = 0;
        while (taken < limits.batch() && partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                    byTopic.computeIfAbsent(record.topic(), k -> new ArrayList<>()).add(record);
                    taken++;
                }
            }
        }
        List<ViewFeed.Decoded> decoded = new ArrayList<>();
        byTopic.forEach((topic, records) -> decoded.add(feed.decode(topic, records).withoutValues()));
        return decoded;
    }

    /** The live consumer's own connection settings (brokers, TLS, SASL), reading without a group. */
    private Map<String, Object> consumerConfig() {
        Map<String, Object> config = new HashMap<>(kafka.getConsumer("case-events").configuration());
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "reporting-view-rebuild");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, String.valueOf(Math.min(2000, limits.batch())));
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return config;
    }

    private void finish(UUID id, String state, String error) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update view_rebuild set state = ?2, finished_at = ?3,"
                        + " events_applied = ?4, events_refused = ?5, error = ?6 where id = ?1")
                .setParameter(1, id).setParameter(2, state).setParameter(3, OffsetDateTime.now(clock)).setParameter(4, applied.get())
                .setParameter(5, refused.get()).setParameter(6, error).executeUpdate());
    }

    private static OffsetDateTime time(Object value) {
        java.time.ZoneOffset vietnam = java.time.ZoneOffset.ofHours(7);
        return value == null ? null : value instanceof OffsetDateTime t ? t
                : value instanceof java.time.Instant i ? i.atOffset(vietnam)
                : ((java.sql.Timestamp) value).toInstant().atOffset(vietnam);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
