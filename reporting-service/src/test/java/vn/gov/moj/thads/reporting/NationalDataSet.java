package vn.gov.moj.thads.reporting;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.gov.moj.thads.platform.event.CaseEvents;
import vn.gov.moj.thads.platform.event.ComplaintEvents;
import vn.gov.moj.thads.platform.event.EventCodec;
import vn.gov.moj.thads.platform.event.EventEnvelope;
import vn.gov.moj.thads.platform.event.Topics;
import vn.gov.moj.thads.platform.orgunit.OrgUnit;
import vn.gov.moj.thads.platform.orgunit.OrgUnits;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The national data set of the benchmarks: cases opened over work years 2022–2026 in the given
 * agencies, with verifications, collections, postponements, delegations, closures and a complaint
 * on 2 % of them (about 3.1 events per case), as the case and complaint services would publish them.
 * Case {@code i}'s events are the same on every run. {@link ReportingBenchmark} sends it to the
 * reporting service it tests; {@link #main} (README "Benchmark", {@code bench/national}) fills a
 * running {@code ./run}'s view, so that {@code bench/run} measures the reports at national size
 * through the gateway.
 */
public final class NationalDataSet {

    static final LocalDate FIRST_DAY = LocalDate.of(2021, 10, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 20);
    /** The consumer group whose catching up ends an ingestion. */
    static final String REPORTING_GROUP = "reporting-service";

    private final EventCodec codec;
    private final List<OrgUnit> agencies;
    /** The agencies that exist on a day: a case is opened, or delegated, only to an agency that exists then. */
    private final Map<LocalDate, List<String>> existing = new java.util.HashMap<>();

    NationalDataSet(EventCodec codec, List<OrgUnit> agencies) {
        this.codec = codec;
        this.agencies = List.copyOf(agencies);
    }

    /**
     * The provincial agencies and the local offices below them that {@code orgUnits} knows, before the
     * provinces' merger of 2025-07-01 (63 provinces) and after it (34).
     */
    static List<OrgUnit> agencies(OrgUnits orgUnits) {
        java.util.Map<String, OrgUnit> agencies = new java.util.TreeMap<>();
        for (LocalDate on : List.of(FIRST_DAY, LocalDate.of(2025, 6, 30), LAST_DAY)) {
            for (OrgUnit province : orgUnits.children(OrgUnits.NATIONAL, on)) {
                agencies.put(province.code(), province);
                orgUnits.children(province.code(), on).forEach(office -> agencies.put(office.code(), office));
            }
        }
        return List.copyOf(agencies.values());
    }

    private String agencyOn(LocalDate day, Random r) {
        List<String> codes = existing.computeIfAbsent(day, d -> agencies.stream().filter(a -> a.validOn(d)).map(OrgUnit::code).toList());
        return codes.get(r.nextInt(codes.size()));
    }

    /**
     * Fills a running {@code ./run} with cases {@code --from} (0) to {@code --cases} (5,000,000) and
     * waits until its reporting service has applied them. Agencies: those the local run knows (its
     * local-offices file). A stopped fill goes on with {@code --from} the last count it printed (or
     * any lower: what was applied already is skipped).
     */
    public static void main(String[] args) throws Exception {
        long cases = 5_000_000;
        long from = 0;
        String kafka = "127.0.0.1:19092";
        String localOffices = "deploy/local/src/main/resources/reference/local-offices.csv";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--cases" -> cases = Long.parseLong(args[++i].replace("_", "").replace(",", ""));
                case "--from" -> from = Long.parseLong(args[++i].replace("_", "").replace(",", ""));
                case "--kafka" -> kafka = args[++i];
                case "--local-offices" -> localOffices = args[++i];
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        EventCodec codec = new EventCodec(new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS));
        NationalDataSet data = new NationalDataSet(codec, agencies(new OrgUnits(Optional.of(Path.of(localOffices).toString()))));
        System.out.printf("Cases %,d to %,d in %d agencies, to %s%n", from, cases, data.agencies.size(), kafka);
        long started = System.nanoTime();
        long events = 0;
        try (KafkaProducer<String, String> producer = producer(kafka);
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
            long step = 250_000;
            for (long at = from; at < cases; at = Math.min(cases, at + step)) {
                events += data.send(producer, at, Math.min(cases, at + step));
                producer.flush();
                System.out.printf("  %,d cases sent, %,d events, %.0f s; the reporting service is %,d events behind%n",
                        Math.min(cases, at + step), events, (System.nanoTime() - started) / 1e9, lag(admin));
            }
            awaitCaughtUp(admin);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%,d events of %,d cases applied in %.0f s: %,.0f events/s%n", events, cases - from, seconds, events / seconds);
    }

    /** Sends cases [from, to) to their topics; returns the number of events. */
    long send(KafkaProducer<String, String> producer, long from, long to) {
        long events = 0;
        for (long i = from; i < to; i++) {
            for (EventEnvelope e : caseEvents(i)) {
                String topic = e.source().equals(CaseEvents.SOURCE) ? Topics.CASE_EVENTS : Topics.COMPLAINT_EVENTS;
                producer.send(new ProducerRecord<>(topic, e.aggregateId(), codec.write(e)));
                events++;
            }
        }
        return events;
    }

    static KafkaProducer<String, String> producer(String bootstrapServers) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                ProducerConfig.LINGER_MS_CONFIG, "20",
                ProducerConfig.BATCH_SIZE_CONFIG, "262144",
                ProducerConfig.BUFFER_MEMORY_CONFIG, String.valueOf(128L * 1024 * 1024)));
    }

    /** Returns once the reporting service's consumer group has committed every event of both topics. */
    static void awaitCaughtUp(Admin admin) throws Exception {
        while (lag(admin) > 0) {
            Thread.sleep(500);
        }
    }

    /** Events on both topics the reporting service's consumer group has not committed yet. */
    static long lag(Admin admin) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(REPORTING_GROUP)
                .partitionsToOffsetAndMetadata().get();
        Set<TopicPartition> partitions = admin.describeTopics(List.of(Topics.CASE_EVENTS, Topics.COMPLAINT_EVENTS)).allTopicNames().get()
                .values().stream().flatMap(t -> t.partitions().stream().map(p -> new TopicPartition(t.name(), p.partition())))
                .collect(Collectors.toSet());
        var ends = admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all().get();
        return partitions.stream().mapToLong(p -> ends.get(p).offset()
                - (committed.containsKey(p) && committed.get(p) != null ? committed.get(p).offset() : 0)).sum();
    }

    /**
     * Case {@code i}'s events, ids included, the same on every run: a case sent again is what the
     * services' inboxes have seen, so a stopped fill can go on from before where it stopped.
     */
    List<EventEnvelope> caseEvents(long i) {
        List<EventEnvelope> life = life(i);
        List<EventEnvelope> events = new ArrayList<>(life.size());
        for (int n = 0; n < life.size(); n++) {
            EventEnvelope e = life.get(n);
            events.add(new EventEnvelope(e.specVersion(), new UUID(0xe7e0L << 48 | i, n), e.source(), e.type(), e.aggregateId(),
                    e.time(), e.dataContentType(), e.schemaVersion(), e.agencyCode(), e.provinceCode(), e.data()));
        }
        return events;
    }

    /** Case {@code i}'s life as the case service would publish it (deterministic in i), and a complaint on 2 % of cases. */
    private List<EventEnvelope> life(long i) {
        Random r = new Random(i * 7919 + 17);
        UUID id = new UUID(0x7ba5L << 48 | i, i);
        LocalDate opened = FIRST_DAY.plusDays(r.nextInt(1826));
        String agency = agencyOn(opened, r);
        long money = (long) Math.pow(10, 6 + r.nextDouble() * 3.3) / 1000 * 1000;
        List<EventEnvelope> events = new ArrayList<>();
        Case c = new Case(id, agency, opened, money);
        events.add(c.event("CaseOpened", new CaseEvents.CaseOpened(c.facts(), null), opened));
        LocalDate day = opened.plusDays(10 + r.nextInt(50));
        if (day.isAfter(LAST_DAY)) {
            return events;
        }
        boolean hasConditions = r.nextInt(100) < 65;
        c.status = hasConditions ? "HAS_CONDITIONS" : "NO_CONDITIONS";
        events.add(c.event("CaseClassified", new CaseEvents.CaseClassified(c.facts(), c.status, day, "RECEIVED",
                "NO_CONDITIONS".equals(c.status) ? "QĐ-CĐK-" + c.id.getLeastSignificantBits() : null, "NO_CONDITIONS".equals(c.status) ? day : null), day));
        if (r.nextInt(100) < 5) {
            day = day.plusDays(r.nextInt(60));
            events.add(c.event("CaseStatusChanged", new CaseEvents.CaseStatusChanged(c.facts(), "POSTPONED", c.status, day), day));
            day = day.plusDays(30 + r.nextInt(90));
            events.add(c.event("CaseStatusChanged", new CaseEvents.CaseStatusChanged(c.facts(), "RESUMED", "POSTPONED", day), day));
        }
        if (hasConditions) {
            int parts = r.nextInt(100) < 60 ? 1 + r.nextInt(3) : 0;
            for (int p = 0; p < parts && c.collected < money; p++) {
                day = day.plusDays(15 + r.nextInt(120));
                long amount = p == parts - 1 && r.nextBoolean() ? money - c.collected : Math.max(1000, (money - c.collected) / 3 / 1000 * 1000);
                c.collected += amount;
                events.add(c.event("CollectionRecorded", new CaseEvents.CollectionRecorded(c.facts(), amount, day, "BL-" + i + "-" + p), day));
            }
            day = day.plusDays(10 + r.nextInt(60));
            int fate = r.nextInt(100);
            if (c.collected == money) {
                c.status = "COMPLETED";
                events.add(c.event("CaseClosed", new CaseEvents.CaseClosed(c.facts(), "COMPLETED", day), day));
            } else if (fate < 10) {
                c.status = "TERMINATED";
                events.add(c.event("CaseClosed", new CaseEvents.CaseClosed(c.facts(), "TERMINATED", day), day));
            } else if (fate < 13) {
                c.status = "DELEGATED";
                events.add(c.event("CaseDelegated", new CaseEvents.CaseDelegated(c.facts(), agencyOn(day, r), day), day));
            }
        }
        if (r.nextInt(100) < 2) {
            events.addAll(complaint(i, c, opened.plusDays(20 + r.nextInt(200)), r));
        }
        events.removeIf(e -> e.data().has("facts") && e.time().toLocalDate().isAfter(LAST_DAY));
        return events;
    }

    private List<EventEnvelope> complaint(long i, Case c, LocalDate received, Random r) {
        UUID id = new UUID(0xc0a1L << 48 | i, i);
        ComplaintEvents.ComplaintFacts facts = new ComplaintEvents.ComplaintFacts(id, "COMPLAINT", "IN_PERSON", received, c.agency,
                c.agency, "WITHIN", "RECEIVED", c.id, "OFFICER", "BEFORE_MEASURES", 1, false, received.plusDays(7), null);
        List<EventEnvelope> events = new ArrayList<>();
        events.add(complaintEvent("ComplaintReceived", new ComplaintEvents.ComplaintReceived(facts), id, c.agency, received));
        LocalDate resolved = received.plusDays(5 + r.nextInt(30));
        ComplaintEvents.ComplaintFacts done = new ComplaintEvents.ComplaintFacts(id, "COMPLAINT", "IN_PERSON", received, c.agency,
                c.agency, "WITHIN", "RESOLVED", c.id, "OFFICER", "BEFORE_MEASURES", 1, false, received.plusDays(7), received.plusDays(22));
        events.add(complaintEvent("ComplaintResolved", new ComplaintEvents.ComplaintResolved(done,
                r.nextBoolean() ? "REJECTED" : "UPHELD", resolved, resolved.isBefore(received.plusDays(23))), id, c.agency, resolved));
        return events;
    }

    private EventEnvelope complaintEvent(String type, Record data, UUID id, String agency, LocalDate day) {
        return EventEnvelope.of(ComplaintEvents.SOURCE, type, 1, id.toString(), agency, OrgUnits.provinceOf(agency),
                day.atTime(9, 0).atOffset(ZoneOffset.ofHours(7)), codec.tree(data));
    }

    private final class Case {
        final UUID id;
        final String agency;
        final LocalDate opened;
        final long money;
        long collected;
        String status = "RECEIVED";

        Case(UUID id, String agency, LocalDate opened, long money) {
            this.id = id;
            this.agency = agency;
            this.opened = opened;
            this.money = money;
        }

        CaseEvents.CaseFacts facts() {
            return new CaseEvents.CaseFacts(id, agency, OrgUnits.provinceOf(agency), "QĐ-" + id.getLeastSignificantBits(), opened,
                    kind(), status, null, money, collected, money - collected, categories(), null, 0);
        }

        /**
         * Assumed shares, fixed by the case's id (not official figures): 4 in 10 cases ex officio, a
         * fifth of the cases bank credit, 6 in 10 ex officio cases owed to the state budget, 3 in 100
         * complex; with LARGE_VALUE from the amount, a case counts in its kind and up to three categories.
         */
        private long shape() {
            return Math.floorMod(id.getLeastSignificantBits() * 0x9E3779B97F4A7C15L, 1_000_000L);
        }

        String kind() {
            return shape() % 10 < 4 ? "EX_OFFICIO" : "ON_REQUEST";
        }

        List<String> categories() {
            long shape = shape();
            List<String> categories = new ArrayList<>();
            if (shape / 10 % 10 < 2) {
                categories.add("BANK_CREDIT");
            }
            if (kind().equals("EX_OFFICIO") && shape / 100 % 10 < 6) {
                categories.add("STATE_BUDGET");
            }
            if (shape / 1000 % 100 < 3) {
                categories.add("COMPLEX");
            }
            return categories;
        }

        EventEnvelope event(String type, Record data, LocalDate day) {
            OffsetDateTime at = day.atTime(9, 0).atOffset(ZoneOffset.ofHours(7));
            return EventEnvelope.of(CaseEvents.SOURCE, type, 1, id.toString(), agency, OrgUnits.provinceOf(agency), at, codec.tree(data));
        }
    }
}
