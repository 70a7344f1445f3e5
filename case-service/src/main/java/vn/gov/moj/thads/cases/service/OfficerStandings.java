package vn.gov.moj.thads.cases.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.gov.moj.thads.cases.messaging.CaseEventPublisher;
import vn.gov.moj.thads.cases.model.Officer;
import vn.gov.moj.thads.platform.event.OfficerEvents;

import java.util.List;
import java.util.UUID;

/**
 * An officer's standing (active or deactivated) as the other services learn it: published with the change, in its
 * transaction, and again by a job for every standing that has no event yet (officers deactivated before the officer events
 * existed; a change made by a pod of the previous version while the service was being rolled out).
 */
@ApplicationScoped
public class OfficerStandings {

    /**
     * Standings without their event, and records never announced (made before registrations were published: the reporting
     * service learns from them whose officer an account is).
     */
    private static final String UNPUBLISHED = "select id, standing_published_version is null from officer"
            + " where standing_published_version is distinct from version order by id limit 500 for update skip locked";

    @Inject EntityManager entityManager;
    @Inject CaseEventPublisher events;

    /** Publishes the officer's standing after the change in hand, in its transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(Officer officer) {
        publish(officer, false);
    }

    /** The new record, in its transaction: its agency is the officer's (an active officer is what consumers assume). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishRegistered(Officer officer) {
        publish(officer, true);
    }

    private void publish(Officer officer, boolean neverAnnounced) {
        entityManager.flush(); // the version after this change: consumers keep the highest
        events.publish(neverAnnounced && officer.active()
                ? new OfficerEvents.OfficerRegistered(officer.id(), officer.subject(), officer.agencyCode(), officer.version())
                : OfficerEvents.of(officer.id(), officer.subject(), officer.agencyCode(), officer.active(), officer.version()));
        // not through the entity: its version would move again
        entityManager.createNativeQuery("update officer set standing_published_version = ?1 where id = ?2")
                .setParameter(1, officer.version()).setParameter(2, officer.id()).executeUpdate();
    }

    @Scheduled(every = "${thads.officer-standings-job.every:5m}", delayed = "${thads.officer-standings-job.delayed:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void everySoOften() {
        publishUnpublished();
    }

    /** Publishes the standings without their event; several instances share the work (rows locked, the locked skipped). */
    @Transactional
    public int publishUnpublished() {
        List<?> rows = entityManager.createNativeQuery(UNPUBLISHED).getResultList();
        rows.forEach(row -> publish(Officer.findById((UUID) ((Object[]) row)[0]), (Boolean) ((Object[]) row)[1]));
        return rows.size();
    }
}
