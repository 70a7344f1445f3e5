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
            Jdbc.query(c, "select case_id, event_id, collected_on, amount from case_collection where case_id = any(?)", stored,
                    r -> found.get(r.getObject(1, UUID.class)).collected(new CaseTimeline.Collection(r.getObject(2, UUID.class),
                            r.getObject(3, LocalDate.class), r.getLong(4))));
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
        session().doWork(c -> {
            try (PreparedStatement s = c.prepareStatement("insert into case_fact (case_id, agency_code, province_code, opened_on,"
                    + " money_amount, delegated_on, closed_on, outcome, status, collected_amount, officer_id, facts_at, contributed_through,"
                    + " administrative, kind, categories, class_at, first_categories, first_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    + " on conflict (case_id) do update set"
                    + " agency_code = excluded.agency_code, province_code = excluded.province_code, opened_on = excluded.opened_on,"
                    + " administrative = excluded.administrative, money_amount = excluded.money_amount, delegated_on = excluded.delegated_on, closed_on = excluded.closed_on,"
                    + " outcome = excluded.outcome, status = excluded.status, collected_amount = excluded.collected_amount,"
                    + " officer_id = excluded.officer_id, facts_at = excluded.facts_at, contributed_through = excluded.contributed_through,"
                    + " kind = case when " + NEWER_CLASS + " then excluded.kind else case_fact.kind end,"
                    + " categories = case when " + NEWER_CLASS + " then excluded.categories else case_fact.categories end,"
                    + " class_at = case when " + NEWER_CLASS + " then excluded.class_at else case_fact.class_at end,"
                    + " first_categories = excluded.first_categories, first_at = excluded.first_at")) {
                for (CaseTimeline t : cases.stream().sorted(java.util.Comparator.comparing(CaseTimeline::caseId)).toList()) {
                    s.setObject(1, t.caseId());
                    s.setString(2, t.agencyCode());
                    s.setString(3, t.provinceCode());
                    s.setObject(4, t.openedOn());
                    s.setLong(5, t.moneyAmount());
                    s.setObject(6, t.delegatedOn(), Types.DATE);
                    s.setObject(7, t.closedOn(), Types.DATE);
                    s.setString(8, t.outcome() == null ? null : t.outcome().name());
                    s.setString(9, t.status());
                    s.setLong(10, t.collectedAmount());
                    s.setObject(11, t.officerId(), Types.OTHER);
                    s.setObject(12, t.factsAt(), Types.TIMESTAMP_WITH_TIMEZONE);
                    s.setInt(13, t.contributedThrough());
                    s.setBoolean(14, t.administrative());
                    CaseClass k = classes.get(t.caseId());
                    s.setString(15, k == null ? null : k.kind());
                    s.setString(16, k == null ? null : k.categories());
                    s.setObject(17, k == null ? null : k.at(), Types.TIMESTAMP_WITH_TIMEZONE);
                    // the case is locked and read whole: what it holds is the earliest report's
                    s.setString(18, t.firstCategories());
                    s.setObject(19, t.firstAt(), Types.TIMESTAMP_WITH_TIMEZONE);
                    s.addBatch();
                }
                s.executeBatch();
            }
            Jdbc.batch(c, "insert into case_verification (event_id, case_id, verified_on, occurred_at, result) values (?, ?, ?, ?, ?)"
                    + " on conflict do nothing", added.verifications(), (s, v) -> {
                s.setObject(1, v.fact().eventId());
                s.setObject(2, v.caseId());
                s.setObject(3, v.fact().on());
                s.setObject(4, v.fact().occurredAt(), Types.TIMESTAMP_WITH_TIMEZONE);
                s.setString(5, v.fact().result().name());
            });
            Jdbc.batch(c, "insert into case_collection (event_id, case_id, collected_on, amount) values (?, ?, ?, ?) on conflict do nothing",
                    added.collections(), (s, v) -> {
                        s.setObject(1, v.fact().eventId());
                        s.setObject(2, v.caseId());
                        s.setObject(3, v.fact().on());
                        s.setLong(4, v.fact().amount());
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

    private Session session() {
        return em.unwrap(Session.class);
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
