package vn.gov.moj.thads.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import vn.gov.moj.thads.reporting.model.CaseTimeline;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The cases of the view (case_fact and their dated verifications, collections and status
 * changes, and the changes of their categories), read and written a batch at a time with JDBC batches: the consumer applies hundreds
 * of events per transaction.
 */
@ApplicationScoped
public class CaseTimelineRepository {

    /** A fact of one case, to be inserted. */
    public record Of<T>(UUID caseId, T fact) {
    }

    /** The dated facts a batch of events adds, to be inserted. */
    public record NewFacts(List<Of<CaseTimeline.Verification>> verifications, List<Of<CaseTimeline.Collection>> collections,
                           List<Of<CaseTimeline.StatusChange>> statusChanges, List<Of<CaseTimeline.Assignment>> assignments,
                           List<Of<CaseTimeline.Reduction>> reductions, List<Of<CaseTimeline.Categorisation>> categorisations) {
        public NewFacts() {
            this(new java.util.ArrayList<>(), new java.util.ArrayList<>(), new java.util.ArrayList<>(), new java.util.ArrayList<>(),
                    new java.util.ArrayList<>(), new java.util.ArrayList<>());
        }
    }

    /** The batch's kind and categories replace the stored ones unless a later event stored those. */
    private static final String NEWER_CLASS = "excluded.class_at is not null and (case_fact.class_at is null or case_fact.class_at <= excluded.class_at)";

    @Inject EntityManager em;

    /** The stored cases among {@code ids}, locked for this transaction (in id order, so concurrent batches do not deadlock). */
    public Map<UUID, CaseTimeline> lock(Collection<UUID> ids) {
        Map<UUID, CaseTimeline> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        session().doWork(c -> {
            UUID[] array = ids.stream().sorted().toArray(UUID[]::new);
            try (PreparedStatement s = c.prepareStatement("select case_id, agency_code, province_code, opened_on, money_amount,"
                    + " administrative, delegated_on, closed_on, outcome, status, collected_amount, officer_id, facts_at, contributed_through,"
                    + " kind, categories, class_at, first_categories, first_at from case_fact where case_id = any(?) order by case_id for update")) {
                s.setArray(1, c.createArrayOf("uuid", array));
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        UUID id = r.getObject(1, UUID.class);
                        CaseTimeline stored = CaseTimeline.stored(id, r.getString(2), r.getString(3), r.getObject(4, LocalDate.class),
                                r.getLong(5), r.getBoolean(6), r.getObject(7, LocalDate.class), r.getObject(8, LocalDate.class),
                                enumOf(CaseTimeline.Outcome.class, r.getString(9)), r.getString(10), r.getLong(11), r.getObject(12, UUID.class),
                                r.getObject(13, OffsetDateTime.class), r.getInt(14));
                        stored.storedClass(r.getString(15), r.getString(16), r.getObject(17, OffsetDateTime.class), r.getString(18),
                                r.getObject(19, OffsetDateTime.class));
                        found.put(id, stored);
                    }
                }
            }
            if (found.isEmpty()) {
                return;
            }
            java.sql.Array stored = c.createArrayOf("uuid", found.keySet().toArray());
            Jdbc.query(c, "select case_id, event_id, verified_on, occurred_at, result from case_verification where case_id = any(?)", stored,
                    r -> found.get(r.getObject(1, UUID.class)).verified(new CaseTimeline.Verification(r.getObject(2, UUID.class),
                            r.getObject(3, LocalDate.class), r.getObject(4, OffsetDateTime.class), CaseTimeline.Classification.valueOf(r.getString(5)))));
            Jdbc.query(c, "select case_id, event_id, collected_on, occurred_at, amount from case_collection where case_id = any(?)", stored,
                    r -> found.get(r.getObject(1, UUID.class)).collected(new CaseTimeline.Collection(r.getObject(2, UUID.class),
                            r.getObject(3, LocalDate.class), r.getObject(4, OffsetDateTime.class), r.getLong(5))));
            Jdbc.query(c, "select case_id, event_id, reduced_on, amount from case_reduction where case_id = any(?)", stored,
                    r -> found.get(r.getObject(1, UUID.class)).reduced(new CaseTimeline.Reduction(r.getObject(2, UUID.class),
                            r.getObject(3, LocalDate.class), r.getLong(4))));
            Jdbc.query(c, "select case_id, event_id, effective_on, occurred_at, change from case_status_change where case_id = any(?)", stored,
                    r -> found.get(r.getObject(1, UUID.class)).statusChanged(new CaseTimeline.StatusChange(r.getObject(2, UUID.class),
                            r.getObject(3, LocalDate.class), r.getObject(4, OffsetDateTime.class), CaseTimeline.Change.valueOf(r.getString(5)))));
            Jdbc.query(c, "select case_id, event_id, assigned_on, occurred_at, officer_id from case_assignment where case_id = any(?)", stored,
                    r -> found.get(r.getObject(1, UUID.class)).assigned(new CaseTimeline.Assignment(r.getObject(2, UUID.class),
                            r.getObject(3, LocalDate.class), r.getObject(4, OffsetDateTime.class), r.getObject(5, UUID.class))));
            Jdbc.query(c, "select case_id, event_id, categorised_on, categorised_at, categories from case_categorisation where case_id = any(?)",
                    stored, r -> found.get(r.getObject(1, UUID.class)).categorised(new CaseTimeline.Categorisation(r.getObject(2, UUID.class),
                            r.getObject(3, LocalDate.class), r.getObject(4, OffsetDateTime.class), r.getString(5))));
        });
        return found;
    }

    /** Cases whose figures are not yet carried into {@code workYear}: opened before it and not final before it started. */
    @SuppressWarnings("unchecked")
    public List<UUID> notCarriedInto(int workYear, UUID after, int limit) {
        return em.createNativeQuery("select case_id from case_fact where contributed_through < ?1 and case_id > ?2"
                        + " and (final_on is null or final_on >= make_date(greatest(contributed_through, 1), 10, 1))"
                        + " order by case_id limit ?3", UUID.class)
                .setParameter(1, workYear).setParameter(2, after).setParameter(3, limit).getResultList();
    }

    /** What a case is, as an event reported it at {@code at}: its kind and categories (comma-separated). */
    public record CaseClass(UUID caseId, String kind, String categories, java.time.OffsetDateTime at) {
    }

    /**
     * Stores the cases and the facts the batch added. {@code classes}: each case's kind and categories as
     * the batch's latest event about it reported them, stored unless a later event already did (a case
     * without one keeps what it has); written by the same upsert as the case's row, so a batch costs
     * PostgreSQL one statement per case, not two.
     */
    public void save(Collection<CaseTimeline> cases, NewFacts added, Map<UUID, CaseClass> classes) {
        CaseRows rows = CaseRows.of(cases, classes);
        session().doWork(c -> {
            if (rows.size() > 0) {
                try (PreparedStatement s = c.prepareStatement(UPSERT_CASES)) {
                    rows.bind(c, s);
                    s.executeUpdate();
                }
            }
            Jdbc.batch(c, "insert into case_verification (event_id, case_id, verified_on, occurred_at, result) values (?, ?, ?, ?, ?)"
                    + " on conflict do nothing", added.verifications(), (s, v) -> {
                s.setObject(1, v.fact().eventId());
                s.setObject(2, v.caseId());
                s.setObject(3, v.fact().on());
                s.setObject(4, v.fact().occurredAt(), Types.TIMESTAMP_WITH_TIMEZONE);
                s.setString(5, v.fact().result().name());
            });
            Jdbc.batch(c, "insert into case_collection (event_id, case_id, collected_on, occurred_at, amount) values (?, ?, ?, ?, ?)"
                    + " on conflict do nothing", added.collections(), (s, v) -> {
                        s.setObject(1, v.fact().eventId());
                        s.setObject(2, v.caseId());
                        s.setObject(3, v.fact().on());
                        s.setObject(4, v.fact().occurredAt(), Types.TIMESTAMP_WITH_TIMEZONE);
                        s.setLong(5, v.fact().amount());
                    });
            Jdbc.batch(c, "insert into case_reduction (event_id, case_id, reduced_on, amount) values (?, ?, ?, ?) on conflict do nothing",
                    added.reductions(), (s, v) -> {
                        s.setObject(1, v.fact().eventId());
                        s.setObject(2, v.caseId());
                        s.setObject(3, v.fact().on());
                        s.setLong(4, v.fact().amount());
                    });
            Jdbc.batch(c, "insert into case_status_change (event_id, case_id, effective_on, occurred_at, change) values (?, ?, ?, ?, ?)"
                    + " on conflict do nothing", added.statusChanges(), (s, v) -> {
                s.setObject(1, v.fact().eventId());
                s.setObject(2, v.caseId());
                s.setObject(3, v.fact().on());
                s.setObject(4, v.fact().occurredAt(), Types.TIMESTAMP_WITH_TIMEZONE);
                s.setString(5, v.fact().change().name());
            });
            Jdbc.batch(c, "insert into case_assignment (event_id, case_id, assigned_on, occurred_at, officer_id) values (?, ?, ?, ?, ?)"
                    + " on conflict do nothing", added.assignments(), (s, v) -> {
                s.setObject(1, v.fact().eventId());
                s.setObject(2, v.caseId());
                s.setObject(3, v.fact().on());
                s.setObject(4, v.fact().occurredAt(), Types.TIMESTAMP_WITH_TIMEZONE);
                s.setObject(5, v.fact().officerId(), Types.OTHER);
            });
            Jdbc.batch(c, "insert into case_categorisation (event_id, case_id, categorised_on, categorised_at, categories) values (?, ?, ?, ?, ?)"
                    + " on conflict do nothing", added.categorisations(), (s, v) -> {
                s.setObject(1, v.fact().eventId());
                s.setObject(2, v.caseId());
                s.setObject(3, v.fact().on());
                s.setObject(4, v.fact().at(), Types.TIMESTAMP_WITH_TIMEZONE);
                s.setString(5, v.fact().categories());
            });
        });
    }

    /**
     * The cases' rows as one array per column (unnest): PostgreSQL parses and plans one statement for the whole
     * flush, where a batch of multi-row inserts cost it a parse of every row's 19 parameters, and the driver binds
     * 19 arrays instead of 19 parameters a row (dates and times as text).
     */
    private static final String UPSERT_CASES = "insert into case_fact (case_id, agency_code, province_code, opened_on,"
            + " money_amount, delegated_on, closed_on, outcome, status, collected_amount, officer_id, facts_at, contributed_through,"
            + " administrative, kind, categories, class_at, first_categories, first_at)"
            + " select * from unnest(cast(? as uuid[]), cast(? as varchar[]), cast(? as varchar[]), cast(? as date[]), cast(? as bigint[]),"
            + " cast(? as date[]), cast(? as date[]), cast(? as varchar[]), cast(? as varchar[]), cast(? as bigint[]), cast(? as uuid[]),"
            + " cast(? as timestamptz[]), cast(? as int[]), cast(? as boolean[]), cast(? as text[]), cast(? as text[]),"
            + " cast(? as timestamptz[]), cast(? as text[]), cast(? as timestamptz[]))"
            + " on conflict (case_id) do update set"
            + " agency_code = excluded.agency_code, province_code = excluded.province_code, opened_on = excluded.opened_on,"
            + " administrative = excluded.administrative, money_amount = excluded.money_amount, delegated_on = excluded.delegated_on, closed_on = excluded.closed_on,"
            + " outcome = excluded.outcome, status = excluded.status, collected_amount = excluded.collected_amount,"
            + " officer_id = excluded.officer_id, facts_at = excluded.facts_at, contributed_through = excluded.contributed_through,"
            + " kind = case when " + NEWER_CLASS + " then excluded.kind else case_fact.kind end,"
            + " categories = case when " + NEWER_CLASS + " then excluded.categories else case_fact.categories end,"
            + " class_at = case when " + NEWER_CLASS + " then excluded.class_at else case_fact.class_at end,"
            + " first_categories = excluded.first_categories, first_at = excluded.first_at";

    /** The columns of {@link #UPSERT_CASES}, rows in case id order (the order concurrent batches lock them in). */
    private static final class CaseRows {
        private final UUID[] ids;
        private final String[] agencies;
        private final String[] provinces;
        private final String[] openedOn;
        private final long[] money;
        private final String[] delegatedOn;
        private final String[] closedOn;
        private final String[] outcomes;
        private final String[] statuses;
        private final long[] collected;
        private final UUID[] officers;
        private final String[] factsAt;
        private final int[] contributedThrough;
        private final boolean[] administrative;
        private final String[] kinds;
        private final String[] categories;
        private final String[] classAt;
        private final String[] firstCategories;
        private final String[] firstAt;

        private CaseRows(int n) {
            ids = new UUID[n];
            agencies = new String[n];
            provinces = new String[n];
            openedOn = new String[n];
            money = new long[n];
            delegatedOn = new String[n];
            closedOn = new String[n];
            outcomes = new String[n];
            statuses = new String[n];
            collected = new long[n];
            officers = new UUID[n];
            factsAt = new String[n];
            contributedThrough = new int[n];
            administrative = new boolean[n];
            kinds = new String[n];
            categories = new String[n];
            classAt = new String[n];
            firstCategories = new String[n];
            firstAt = new String[n];
        }

        static CaseRows of(Collection<CaseTimeline> cases, Map<UUID, CaseClass> classes) {
            CaseRows r = new CaseRows(cases.size());
            int i = 0;
            for (CaseTimeline t : cases.stream().sorted(java.util.Comparator.comparing(CaseTimeline::caseId)).toList()) {
                r.ids[i] = t.caseId();
                r.agencies[i] = t.agencyCode();
                r.provinces[i] = t.provinceCode();
                r.openedOn[i] = text(t.openedOn());
                r.money[i] = t.moneyAmount();
                r.delegatedOn[i] = text(t.delegatedOn());
                r.closedOn[i] = text(t.closedOn());
                r.outcomes[i] = t.outcome() == null ? null : t.outcome().name();
                r.statuses[i] = t.status();
                r.collected[i] = t.collectedAmount();
                r.officers[i] = t.officerId();
                r.factsAt[i] = text(t.factsAt());
                r.contributedThrough[i] = t.contributedThrough();
                r.administrative[i] = t.administrative();
                CaseClass k = classes.get(t.caseId());
                r.kinds[i] = k == null ? null : k.kind();
                r.categories[i] = k == null ? null : k.categories();
                r.classAt[i] = k == null ? null : text(k.at());
                // the case is locked and read whole: what it holds is the earliest report's
                r.firstCategories[i] = t.firstCategories();
                r.firstAt[i] = text(t.firstAt());
                i++;
            }
            return r;
        }

        int size() {
            return ids.length;
        }

        void bind(java.sql.Connection c, PreparedStatement s) throws java.sql.SQLException {
            int p = 1;
            s.setArray(p++, c.createArrayOf("uuid", ids));
            s.setArray(p++, c.createArrayOf("varchar", agencies));
            s.setArray(p++, c.createArrayOf("varchar", provinces));
            s.setArray(p++, c.createArrayOf("date", openedOn));
            s.setObject(p++, money); // a long[] goes in PostgreSQL's binary form
            s.setArray(p++, c.createArrayOf("date", delegatedOn));
            s.setArray(p++, c.createArrayOf("date", closedOn));
            s.setArray(p++, c.createArrayOf("varchar", outcomes));
            s.setArray(p++, c.createArrayOf("varchar", statuses));
            s.setObject(p++, collected);
            s.setArray(p++, c.createArrayOf("uuid", officers));
            s.setArray(p++, c.createArrayOf("timestamptz", factsAt));
            s.setObject(p++, contributedThrough);
            s.setObject(p++, administrative);
            s.setArray(p++, c.createArrayOf("text", kinds));
            s.setArray(p++, c.createArrayOf("text", categories));
            s.setArray(p++, c.createArrayOf("timestamptz", classAt));
            s.setArray(p++, c.createArrayOf("text", firstCategories));
            s.setArray(p++, c.createArrayOf("timestamptz", firstAt));
        }

        private static String text(LocalDate date) {
            return date == null ? null : date.toString();
        }

        /** With its offset and every digit of the seconds (toString() leaves out zero seconds). */
        private static String text(OffsetDateTime at) {
            return at == null ? null : java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at);
        }
    }

    private Session session() {
        return em.unwrap(Session.class);
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
